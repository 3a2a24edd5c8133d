// setbrief phone sign-in. No framework and nothing from the internet: the laptop
// serves this page on the set's network. Every text is put on the page with
// textContent, never as HTML. The laptop checks everything again and decides.
"use strict";
(function () {
  const base = location.pathname.replace(/\/+$/, "");
  const app = document.getElementById("app");
  let session = null, lang = null, person = null, walkIn = false, submission = null, strokes = [], notThem = "";
  // Following the briefing: the laptop's last word on what its screen shows, the topic
  // the person scrolled back to (null: the live one), the screen the page is on.
  let live = null, viewing = null, onScreen = "", stream = null, streamLang = null, lost = false;
  const topics = {};
  // A person who missed the briefing and read it here: how many slides they read.
  let readOnPhone = null;
  // What the person has done so far: kept through Back, a reload and a rotation.
  let ticked = false, concernText = "", padSize = null;
  const KEPT = "setbrief-progress-" + base;
  function keep(step) {
    try {
      sessionStorage.setItem(KEPT, JSON.stringify({ session: session.session.number, step, lang, person, walkIn, submission, notThem, ticked, strokes, padSize, concernText, readOnPhone }));
    } catch (e) { /* private mode: nothing kept, nothing lost now */ }
  }
  function forget() { try { sessionStorage.removeItem(KEPT); } catch (e) { /* nothing kept */ } }
  function resume() {
    let kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(KEPT) || "null"); } catch (e) { kept = null; }
    if (!kept || kept.session !== session.session.number || !kept.person) return false;
    ({ lang, person, walkIn, submission, notThem, ticked, strokes, padSize, concernText } = kept);
    readOnPhone = kept.readOnPhone || null;
    document.documentElement.lang = lang;
    follow(lang);
    if (kept.step === 4) sign(); else confirmLines();
    return true;
  }

  const browserId = (function () {
    try {
      let id = localStorage.getItem("setbrief-browser");
      if (!id) { id = randomId(); localStorage.setItem("setbrief-browser", id); }
      return id;
    } catch (e) { return randomId(); }
  })();

  function randomId() {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  }

  function w(key, fill) {
    let text = (session && session.words[lang] && session.words[lang][key]) || key;
    for (const k in fill || {}) text = text.split("{" + k + "}").join(fill[k]);
    return text;
  }

  function el(tag, props, children) {
    const e = document.createElement(tag);
    for (const k in props || {}) {
      if (k === "text") e.textContent = props[k];
      else if (k === "on") for (const ev in props.on) e.addEventListener(ev, props.on[ev]);
      else if (k in e) e[k] = props[k];
      else e.setAttribute(k, props[k]);
    }
    for (const c of children || []) if (c) e.appendChild(c);
    return e;
  }

  // Accent- and case-insensitive, as on the laptop ("jose" finds "José"): the laptop
  // sends its folding rules with the session, so both fold a name the same way.
  function fold(s) {
    const rules = session.fold;
    let out = "";
    for (const c of s.normalize("NFKD")) {
      const code = c.codePointAt(0);
      if (rules.dropped.some(([a, b]) => code >= a && code <= b)) continue;
      if (/\s/.test(c) || c === "\u0085" || rules.space.includes(c)) out += " ";
      else out += rules.letters[c] !== undefined ? rules.letters[c] : c;
    }
    // Letter by letter, as the laptop lowers case: no final-sigma rule.
    return Array.from(out.normalize("NFC")).map((c) => c.toLowerCase()).join("").split(/\s+/).filter(Boolean).join(" ");
  }
  window.setbriefFold = fold;

  function heading() {
    const l = lang || session.languages[0].code;
    const say = (key) => session.words[l][key];
    document.getElementById("what").textContent = session.production + " · " + say("day") + " " + session.day;
    document.getElementById("when").textContent = session.date + " · " + (session.session.kind[l] || "") +
      (session.session.scenes.length ? " · " + say("scenes") + " " + session.session.scenes.join(", ") : "");
  }

  // `where` names the screen for the live slides: they may replace the name search or
  // the slides themselves, never a screen where someone is signing.
  function screen(stepNumber, title, children, where) {
    onScreen = where || "other";
    heading();
    app.replaceChildren();
    const total = session.languages.length > 1 ? 4 : 3;
    const shown = session.languages.length > 1 ? stepNumber : stepNumber - 1;
    const step = stepNumber === 1 && shown === 1
      ? session.languages.map((l) => session.words[l.code].step.replace("{n}", 1).replace("{total}", total)).join(" · ")
      : w("step", { n: shown, total: total });
    if (stepNumber > 0) app.appendChild(el("div", { class: "step", text: step }));
    if (title) app.appendChild(el("h1", { text: title }));
    for (const c of children) if (c) app.appendChild(c);
    window.scrollTo(0, 0);
  }

  function message(text, bad) {
    return el("div", { class: "message" + (bad ? " bad" : ""), role: "status", "aria-live": "polite", text: text || "" });
  }

  async function start() {
    try {
      const r = await fetch(base + "/api/session", { cache: "no-store" });
      const body = await r.json();
      // Refused before any session's words are known: the refusal brings its own.
      if (!r.ok) { app.replaceChildren(el("p", { class: "message bad", text: Object.values(body.words || {}).join(" / ") || "—" }), ...keptCard()); return; }
      session = body;
    } catch (e) {
      app.replaceChildren(el("p", { class: "message bad", text: "No connection to the laptop. / No hay conexión con la computadora." }), ...keptCard());
      return;
    }
    if (resume()) return;
    if (session.languages.length === 1) { lang = session.languages[0].code; follow(lang); findName(); } else chooseLanguage();
  }

  function chooseLanguage() {
    lang = lang || session.languages[0].code;
    const choose = session.languages.map((l) => session.words[l.code].choose_language).join(" · ");
    screen(1, choose, [
      el("div", { class: "langs" }, session.languages.map((l) =>
        el("button", { lang: l.code, text: l.name, on: { click: () => { lang = l.code; document.documentElement.lang = lang; follow(lang); findName(); } } }))),
    ]);
  }

  function findName() {
    person = null; walkIn = false; submission = null; strokes = []; notThem = "";
    ticked = false; concernText = ""; padSize = null;
    forget();
    const list = el("ul", { class: "names" });
    const note = message("");
    const search = el("input", { type: "search", id: "search", autocomplete: "off", placeholder: w("type_your_name"), "aria-label": w("find_your_name") });
    function fill() {
      const q = fold(search.value);
      list.replaceChildren();
      if (!q) return;
      const hits = session.roster.filter((p) => fold(p.name + " " + p.department).includes(q)).slice(0, 30);
      for (const p of hits) {
        const label = el("span", {}, [el("span", { text: p.name }), el("br"), el("span", { class: "dept", text: p.department + (p.role ? " · " + p.role : "") })]);
        const done = p.signed ? el("span", { class: "done", text: "✓ " + w("signed_at") + " " + p.signed }) : null;
        list.appendChild(el("li", {}, [el("button", { type: "button", on: { click: () => pick(p, note) } }, [label, done])]));
      }
    }
    search.addEventListener("input", fill);
    const missed = offerReading()
      ? el("button", { type: "button", class: "wide", id: "missed", text: w("late_missed"), on: { click: lateRead } }) : null;
    const reading = readOnPhone ? el("p", { class: "step", text: "✓ " + w("late_read_on_phone") }) : null;
    const card = keptCard().length ? el("button", { type: "button", class: "wide", text: w("card_show"), on: { click: showCard } }) : null;
    screen(2, w("find_your_name"), [
      reading, search, note, list,
      el("button", { type: "button", class: "wide", text: w("not_on_the_list"), on: { click: walkInForm } }),
      missed, card,
      session.languages.length > 1 ? el("button", { type: "button", class: "wide", text: w("back"), on: { click: chooseLanguage } }) : null,
    ], "find");
    search.focus();
  }

  function pick(p, note) {
    if (p.signed) {
      note.className = "message bad";
      note.textContent = w("already_signed", { name: p.name, time: p.signed });
      // The 1st AD hears of it too; nothing waits for the answer.
      fetch(base + "/api/already-signed", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: p.name }) }).catch(() => {});
      return;
    }
    person = { name: p.name, department: p.department, role: p.role };
    walkIn = false;
    confirmLines();
  }

  function walkInForm() {
    const name = el("input", { type: "text", id: "walkin-name", autocomplete: "name" });
    const dept = el("input", { type: "text", id: "walkin-department" });
    const role = el("input", { type: "text", id: "walkin-role" });
    const note = message("");
    screen(2, w("not_on_the_list"), [
      el("label", { class: "field", for: "walkin-name", text: w("name") }), name,
      el("label", { class: "field", for: "walkin-department", text: w("department") }), dept,
      el("label", { class: "field", for: "walkin-role", text: w("role") }), role,
      note,
      el("div", { class: "row" }, [
        el("button", { type: "button", text: w("back"), on: { click: findName } }),
        el("button", { type: "button", class: "primary", text: w("continue"), on: { click: () => {
          const typed = name.value.trim();
          if (!typed) { name.focus(); return; }
          const same = session.roster.find((p) => fold(p.name) === fold(typed));
          if (same) { areYou(same, { name: typed, department: dept.value.trim(), role: role.value.trim() }); return; }
          person = { name: typed, department: dept.value.trim(), role: role.value.trim() };
          walkIn = true;
          confirmLines();
        } } }),
      ]),
    ]);
    name.focus();
  }

  function areYou(onRoster, typed) {
    screen(2, w("are_you", { name: onRoster.name }), [
      el("button", { type: "button", class: "wide primary", text: w("yes_that_is_me"), on: { click: () => pick(onRoster, message("")) } }),
      el("button", { type: "button", class: "wide", text: w("no_someone_else"), on: { click: walkInForm } }),
    ]);
  }

  function confirmLines() {
    const lines = session.acknowledgements[lang] || [];
    const boxes = [];
    const note = message("");
    const list = el("div", { class: "acks" }, lines.map((text, i) => {
      const box = el("input", { type: "checkbox", id: "ack-" + i });
      box.checked = ticked;
      boxes.push(box);
      const label = el("label", { for: "ack-" + i, class: ticked ? "ticked" : "" }, [box, el("span", { text: text })]);
      box.addEventListener("change", () => { label.classList.toggle("ticked", box.checked); });
      return label;
    }));
    keep(3);
    screen(3, person.name, [
      el("p", { text: w("confirm_each_line") }), list, note,
      el("div", { class: "row" }, [
        el("button", { type: "button", text: w("back"), on: { click: findName } }),
        el("button", { type: "button", class: "primary", text: w("continue"), on: { click: () => {
          if (boxes.every((b) => b.checked)) { ticked = true; sign(); } else { note.className = "message bad"; note.textContent = w("acknowledgements_missing"); }
        } } }),
      ]),
    ]);
  }

  function sign() {
    submission = submission || randomId();
    const canvas = el("canvas", { id: "pad", "aria-label": w("sign_here") });
    const pad = el("div", { class: "pad" }, [canvas, el("div", { class: "line" }), el("div", { class: "hint", text: w("sign_here") })]);
    const concernBox = el("textarea", { id: "concern", maxLength: 2000, "aria-label": w("concern") });
    concernBox.value = concernText;
    concernBox.addEventListener("input", () => { concernText = concernBox.value; keep(4); });
    const concern = el("details", concernText ? { open: true } : {}, [el("summary", { text: w("concern") }), concernBox]);
    const note = message("");
    const submit = el("button", { type: "button", class: "primary wide", id: "submit", text: w("sign") });
    // A refused signature is said under the pad it is about.
    const padNote = el("div", { id: "pad-note", role: "status", "aria-live": "polite" });
    screen(4, person.name, [
      pad, padNote,
      el("div", { class: "row" }, [
        el("button", { type: "button", text: w("undo_stroke"), on: { click: () => { strokes.pop(); draw(); keep(4); } } }),
        el("button", { type: "button", text: w("clear"), on: { click: () => { strokes = []; draw(); keep(4); } } }),
      ]),
      concern, note, submit,
      el("button", { type: "button", class: "wide", text: w("back"), on: { click: confirmLines } }),
    ]);
    const height = Math.max(160, Math.min(window.innerHeight * 0.4, 320));
    pad.style.height = height + "px";
    const ratio = window.devicePixelRatio || 1;
    const rect = { width: 0, height: 0 };
    const ctx = canvas.getContext("2d");
    // The pad's size now; strokes drawn on a pad of another size (before a rotation or
    // a reload) are scaled to it, so they stay inside it and keep their shape.
    function fit() {
      const r = canvas.getBoundingClientRect();
      if (!r.width || !r.height) return;
      if (padSize && (padSize.width !== r.width || padSize.height !== r.height)) {
        const sx = r.width / padSize.width, sy = r.height / padSize.height;
        strokes = strokes.map((s) => s.map(([x, y, t]) => [Math.min(x * sx, r.width), Math.min(y * sy, r.height), t]));
      }
      padSize = { width: r.width, height: r.height };
      rect.width = r.width; rect.height = r.height;
      canvas.width = Math.round(r.width * ratio);
      canvas.height = Math.round(r.height * ratio);
    }
    let t0 = null, current = null;
    function at(e) {
      const r = canvas.getBoundingClientRect();
      // Strokes kept from before a reload go on in time: the laptop refuses a
      // signature whose time runs backwards.
      if (t0 === null) t0 = e.timeStamp - (strokes.flat().reduce((m, p) => Math.max(m, p[2]), -1) + 1);
      // A finger that slides off the pad (the pointer is captured) stays on its edge:
      // the laptop refuses points outside the pad, as its own pad does.
      const x = Math.min(Math.max(0, e.clientX - r.left), r.width), y = Math.min(Math.max(0, e.clientY - r.top), r.height);
      return [x, y, Math.max(0, e.timeStamp - t0)];
    }
    function draw() {
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, rect.width, rect.height);
      ctx.lineWidth = 3; ctx.lineCap = "round"; ctx.lineJoin = "round"; ctx.strokeStyle = getComputedStyle(canvas).color || "#111";
      for (const s of strokes) {
        ctx.beginPath();
        s.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
        if (s.length === 1) ctx.lineTo(s[0][0] + 0.1, s[0][1]);
        ctx.stroke();
      }
    }
    fit();
    draw();
    keep(4);
    window.onresize = () => { if (document.body.contains(canvas)) { fit(); draw(); keep(4); } };
    canvas.addEventListener("pointerdown", (e) => { e.preventDefault(); canvas.setPointerCapture(e.pointerId); current = [at(e)]; strokes.push(current); draw(); });
    canvas.addEventListener("pointermove", (e) => { if (!current) return; e.preventDefault(); current.push(at(e)); draw(); });
    const end = () => { if (current) keep(4); current = null; };
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    submit.addEventListener("click", () => { padNote.textContent = ""; send(rect, concernBox, note, submit, padNote); });
  }

  async function send(rect, concernBox, note, submit, padNote) {
    const body = {
      name: person.name, walk_in: walkIn, department: walkIn ? person.department : "", role: walkIn ? person.role : "",
      language: lang,
      acknowledged: (session.acknowledgements[lang] || []).map(() => true),
      signature: { width: rect.width, height: rect.height, strokes: strokes.map((s) => ({ points: s.map(([x, y, t]) => Math.round(x * 10) + "," + Math.round(y * 10) + "," + Math.round(t)).join(" ") })) },
      concern: concernBox.value, browser: browserId, submission: submission, not: notThem,
    };
    if (readOnPhone) body.read_on_phone = readOnPhone;
    submit.disabled = true;
    note.className = "message"; note.textContent = w("saving");
    // The same submission id on every try: a sign-in written but not answered (the
    // Wi-Fi dropped, the laptop restarted) gets its receipt, never a second record.
    // Each try waits 10 s at most; after a few, the page says so and stops spinning.
    const waits = [0, 1000, 2000, 4000, 8000];
    let r = null, answer = null;
    for (let i = 0; i < waits.length && !r; i++) {
      if (waits[i]) { note.className = "message"; note.textContent = w("still_trying"); await new Promise((ok) => setTimeout(ok, waits[i])); }
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), 10000);
      try {
        const got = await fetch(base + "/api/sign-in", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store", signal: stop.signal });
        const parsed = await got.json().catch(() => null);
        // A busy laptop (503) or an answer that is not ours is tried again.
        if (parsed && got.status !== 503) { r = got; answer = parsed; }
      } catch (e) { /* no answer: try again */ }
      clearTimeout(timer);
    }
    if (!r) {
      submit.disabled = false; submit.textContent = w("try_again");
      note.className = "message bad"; note.textContent = w("show_the_first_ad");
      return;
    }
    submit.disabled = false;
    if (r.ok && answer.saved) { saved(answer.receipt); return; }
    note.className = "message bad";
    const known = { already_signed: 1, already_signed_concern_kept: 1, not_on_roster: 1, acknowledgements_missing: 1, signature_refused: 1, bad_text: 1, session_closed: 1, slow_down: 1, language_not_offered: 1, must_be_present: 1 };
    if (answer.error === "on_roster_as") { areYou({ name: answer.name, department: "", role: "" }); return; }
    if (answer.error === "looks_like") {
      // The walk-in's name looks like someone's: asked here, beside the Sign button, so
      // a "No" sends the same ticks, signature and concern again, nothing typed lost.
      note.className = "message";
      note.textContent = "";
      note.append(
        el("p", { text: w("looks_like", { name: answer.name }) }),
        el("strong", { text: w("are_you", { name: answer.name }) }),
        el("button", { type: "button", class: "wide", text: w("yes_that_is_me"), on: { click: () => pick({ name: answer.name, department: "", role: "" }, message("")) } }),
        el("button", { type: "button", class: "wide primary", id: "not-them", text: w("no_someone_else"), on: { click: () => { notThem = answer.name; send(rect, concernBox, note, submit, padNote); } } }),
      );
      return;
    }
    // Every message in the page's language, beside what it is about; the laptop's own
    // words never reach the page.
    const said = known[answer.error] ? w(answer.error, { name: answer.name || person.name, time: answer.time || "" }) : w("refused");
    if (answer.error === "signature_refused" && padNote) {
      note.textContent = "";
      padNote.className = "message bad";
      padNote.textContent = said;
      padNote.scrollIntoView({ block: "nearest" });
      return;
    }
    note.textContent = said;
  }

  function saved(receipt) {
    forget();
    readOnPhone = null;
    keepCard();
    const item = (key, value, cls) => [el("dt", { text: w(key) }), el("dd", { class: cls || "", text: value })];
    screen(0, null, [
      el("div", { class: "saved", role: "status" }, [
        el("div", { class: "tick", text: "✓" }),
        el("h1", { text: w("saved") }),
        el("dl", { class: "receipt", id: "receipt" }, [
          ...item("name", receipt.name),
          ...item("time", receipt.time),
          ...item("record", String(receipt.record)),
          ...item("code", receipt.code, "code"),
        ]),
        el("p", { text: w("keep_receipt") }),
      ]),
      ...keptCard(),
      el("button", { type: "button", class: "wide", text: w("done"), on: { click: () => { session.roster.forEach((p) => { if (p.name === receipt.name) p.signed = receipt.time; }); findName(); } } }),
    ]);
  }

  // The day's emergency card, kept in the browser once its owner signed: shown under the
  // receipt, from the name screen, and even when the laptop can no longer be reached.
  const CARD = "setbrief-card";
  function keepCard() {
    try { localStorage.setItem(CARD, JSON.stringify({ date: session.date, card: session.emergency[lang], words: { call: w("card_call"), keep: w("card_keep") } })); } catch (e) { /* shown now all the same */ }
  }
  function keptCard() {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(CARD) || "null"); } catch (e) { kept = null; }
    // Only today's: yesterday's hospital may not be today's.
    const today = new Date().toISOString().slice(0, 10);
    if (!kept || !kept.card || (kept.date !== today && (!session || kept.date !== session.date))) return [];
    return [emergencyCard(kept.card, kept.words)];
  }
  function showCard() {
    screen(0, null, [...keptCard(), el("button", { type: "button", class: "wide", text: w("back"), on: { click: findName } })]);
  }
  function emergencyCard(card, words) {
    const call = (number, text) => el("a", { class: "call", href: "tel:" + number.dial, text: text || words.call.split("{number}").join(number.written.replace(/ /g, "\u00a0")) });
    const rows = card.rows.map((r) => el("div", { class: "card-row" }, [
      el("div", { class: "card-label", text: r.label }),
      el("div", { class: "card-value", text: r.value }),
      r.call ? call(r.call) : null,
    ]));
    return el("section", { class: "card", id: "emergency-card", "aria-label": card.title }, [
      el("h2", { text: card.title }),
      card.emergency ? el("div", { class: "card-row sos" }, [el("div", { class: "card-label", text: card.emergency.label }), call(card.emergency.number, card.emergency.number.written)]) : null,
      ...rows,
      el("p", { class: "stop", text: card.right_to_stop }),
      el("p", { class: "card-keep", text: words.keep }),
    ]);
  }

  // ---- Following the briefing live -------------------------------------------------
  // One server-sent-events stream per phone, in the person's language. The browser
  // opens it again by itself after a drop; the laptop sends where it is straight away.
  function follow(code) {
    if (stream && streamLang === code) return;
    if (stream) stream.close();
    if (typeof EventSource === "undefined") return;
    streamLang = code;
    stream = new EventSource(base + "/api/follow/" + code);
    stream.addEventListener("live", (e) => {
      let got = null;
      try { got = JSON.parse(e.data); } catch (x) { return; }
      lost = false;
      live = got;
      // When each change arrived, for the tests that time delivery from the laptop.
      window.setbriefLive = { seq: got.seq, at: Date.now() };
      if (got.slide && got.showing.state === "slide") topics[got.lang + ":" + got.showing.topic] = got.slide;
      changed();
    });
    stream.addEventListener("error", () => {
      lost = true;
      // Refused for good (the session closed): the browser stops trying; so does the page.
      if (stream.readyState === 2) { stream = null; streamLang = null; }
      if (onScreen === "follow") showFollow();
    });
  }

  function offerReading() { return !!(live && live.shown.length && live.showing.state !== "slide" && !readOnPhone); }

  function presenting() { return live && !live.sign_in && live.showing.state !== "not_started"; }

  // The laptop's screen changed: the page follows it, never taking a person away from
  // a sign-in under way, nor from a name they are typing.
  function changed() {
    if (onScreen === "follow") { if (live.sign_in && viewing === null) findName(); else showFollow(); return; }
    const search = document.getElementById("search");
    if (onScreen !== "find" || (search && search.value)) return;
    if (presenting()) { showFollow(); return; }
    // The offer to read a missed briefing comes and goes with what the room has seen.
    if (!!document.getElementById("missed") !== offerReading()) findName();
  }

  function slideView(topic) {
    const t = topic;
    const important = w("follow_important");
    const line = (text, danger) => el("li", { class: danger ? "danger" : "" }, [danger ? el("strong", { text: "⚠ " + important + " " }) : null, el("span", { text: text })]);
    const parts = [el("h2", { class: "slide-title", text: t.title })];
    if (t.subtitle) parts.push(el("p", { class: "slide-sub", text: t.subtitle }));
    if (t.hazards.length) parts.push(el("div", { class: "pictos" }, t.hazards.map((h) => el("figure", {}, [picto(h.svg, h.name), el("figcaption", { text: h.name })]))));
    for (const b of t.blocks) {
      if (b.type === "facts") parts.push(el("dl", { class: "facts" }, b.rows.flatMap((r) => [el("dt", { text: r.label }), el("dd", { class: r.danger ? "danger" : "", text: r.value })])));
      else if (b.type === "hazard") parts.push(el("section", { class: "hazard" }, [el("h3", {}, [b.pictogram !== null && t.hazards[b.pictogram] ? picto(t.hazards[b.pictogram].svg, b.name) : null, el("span", { text: b.name })]), el("p", { class: "ref", text: b.reference }), ...b.details.map((d) => el("p", { text: d })), el("ul", {}, b.points.map((p) => line(p.text, p.danger)))]));
      else if (b.type === "list") parts.push(el("section", {}, [el("h3", { text: b.label }), el("ul", {}, b.items.map((p) => line(p.text, p.danger)))]));
      else if (b.type === "callout") parts.push(el("p", { class: "callout" + (b.danger ? " danger" : "") }, [b.danger ? el("strong", { text: "⚠ " + important + " " }) : null, el("span", { text: b.text })]));
      else if (b.type === "headline") parts.push(el("p", { class: "headline" }, [el("span", { text: b.label }), el("br"), el("strong", { text: b.value })]));
      else if (b.type === "note") parts.push(el("p", { class: "ref", text: b.text }));
    }
    return el("article", { class: "slide", id: "slide" }, parts);
  }

  function picto(svg, name) {
    return el("img", { class: "picto", alt: name, src: "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg) });
  }

  // The topics the room has seen, in the deck's order: the person may go back and forth
  // among them, never ahead of the room.
  function seen() { return live ? live.shown.slice().sort((a, b) => a - b) : []; }

  async function topic(n) {
    const key = lang + ":" + n;
    if (topics[key]) return topics[key];
    try {
      const r = await fetch(base + "/api/slides/" + lang + "/" + n, { cache: "no-store" });
      if (r.ok) topics[key] = (await r.json()).slide;
    } catch (e) { /* said as "reconnecting" */ }
    return topics[key] || null;
  }

  async function showFollow() {
    onScreen = "follow";
    const state = live ? live.showing.state : "not_started";
    const status = { slide: w("follow_on_screen"), blank: w("follow_blank"), paused: w("follow_paused"), not_started: w("follow_not_started") }[state];
    const order = seen();
    const at = viewing === null ? (state === "slide" ? live.showing.topic : null) : viewing;
    const shownAt = order.indexOf(at);
    let body = null;
    if (at !== null && (viewing !== null || state === "slide")) {
      // Drawn at once when the slide is at hand (it came live): a tap shows it in the
      // same turn, with nothing to wait for.
      let t = viewing === null && live.slide ? live.slide : topics[lang + ":" + at];
      if (!t) {
        t = await topic(at);
        if (onScreen !== "follow") return;
      }
      body = t ? slideView(t) : null;
    }
    const nav = el("div", { class: "row" }, [
      el("button", { type: "button", id: "earlier", text: "← " + w("follow_earlier"), disabled: !(shownAt > 0 || (at === null && order.length)), on: { click: () => { viewing = at === null ? order[order.length - 1] : order[shownAt - 1]; showFollow(); } } }),
      el("button", { type: "button", id: "later", text: w("follow_later") + " →", disabled: !(viewing !== null && shownAt < order.length - 1), on: { click: () => { viewing = order[shownAt + 1]; showFollow(); } } }),
    ]);
    const where = at !== null && order.length ? el("p", { class: "step", text: w("follow_slide_n", { n: shownAt + 1, total: order.length }) + (viewing === null && state === "slide" && live.showing.parts > 1 ? " · " + w("follow_part", { part: live.showing.part, parts: live.showing.parts }) : "") }) : null;
    screen(0, null, [
      el("p", { class: "live" + (viewing === null && state === "slide" ? " on" : ""), role: "status", "aria-live": "polite", id: "live-status", text: lost ? w("follow_reconnecting") : (viewing === null ? status : "") }),
      viewing !== null ? el("button", { type: "button", class: "wide primary", id: "to-live", text: w("follow_to_live"), on: { click: () => { viewing = null; showFollow(); } } }) : null,
      where, body, order.length ? nav : null,
      live && live.sign_in ? el("button", { type: "button", class: "wide primary", id: "sign-now", text: w("follow_sign_now"), on: { click: () => { viewing = null; findName(); } } }) : null,
    ], "follow");
  }

  // Someone who missed the briefing reads every slide the room saw, one after the
  // other, then signs; the sign-in says so and the report counts them apart.
  async function lateRead() {
    if (!session.phone_reading) {
      screen(2, w("late_missed"), [
        el("p", { class: "message bad", id: "must-be-present", text: w("must_be_present") }),
        el("button", { type: "button", class: "wide", text: w("back"), on: { click: findName } }),
      ]);
      return;
    }
    const order = seen();
    // Every slide first, so each tap shows the next at once (a double tap cannot skip one).
    const read = await Promise.all(order.map(topic));
    if (read.some((t) => !t)) { screen(2, w("late_missed"), [message(w("follow_reconnecting"), true), el("button", { type: "button", class: "wide", text: w("back"), on: { click: findName } })]); return; }
    let i = 0;
    function page() {
      const last = i === order.length - 1;
      screen(2, null, [
        el("p", { class: "message", text: w("late_read_first") }),
        el("p", { class: "step", id: "late-at", text: w("follow_slide_n", { n: i + 1, total: order.length }) }),
        slideView(read[i]),
        el("div", { class: "row" }, [
          el("button", { type: "button", text: "← " + w("follow_earlier"), disabled: i === 0, on: { click: () => { i = Math.max(0, i - 1); page(); } } }),
          last ? null : el("button", { type: "button", class: "primary", id: "late-next", text: w("follow_later") + " →", on: { click: () => { i = Math.min(order.length - 1, i + 1); page(); } } }),
        ]),
        last ? el("button", { type: "button", class: "wide primary", id: "late-done", text: w("late_read_all"), on: { click: () => { readOnPhone = { slides: order.length }; findName(); } } }) : null,
        el("button", { type: "button", class: "wide", text: w("back"), on: { click: findName } }),
      ], "late");
    }
    page();
  }

  start();
})();
