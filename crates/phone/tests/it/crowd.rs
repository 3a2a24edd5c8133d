//! A crew of 250 signing on their phones at once: every sign-in saved exactly once.
