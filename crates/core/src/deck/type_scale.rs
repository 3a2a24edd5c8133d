//! The slides' type sizes, in points for a 1280x720 window (bigger windows scale them
//! up).
//!
//! The screens draw with these numbers and the pagination budgets with them, so a size
//! changed here changes both: there is one number for each size.

/// Body text: the readable minimum across a room.
pub const BODY: f32 = 28.0;
/// A slide's title.
pub const TITLE: f32 = 46.0;
/// The line under a title (the scene heading, the day).
pub const SUBTITLE: f32 = 30.0;
/// A hazard's name, a list's label.
pub const HEADING: f32 = 30.0;
/// The label of a fact ("Muster point", "Abort signal"), set bold beside its value: as
/// large as the value, since it is read across the same room.
pub const FACT_LABEL: f32 = 28.0;
/// The emergency number: the largest thing on its slide.
pub const HEADLINE: f32 = 72.0;
/// Emphasised and danger callouts, set bold.
pub const CALLOUT: f32 = 30.0;
/// Pictogram captions, bulletin references, notes.
pub const SMALL: f32 = 20.0;
/// The status line under the slide; never below [`STATUS_MIN`] on screen.
pub const STATUS: f32 = 18.0;
pub const STATUS_MIN: f32 = 14.0;
/// A slide's margin.
pub const MARGIN: f32 = 36.0;
/// A hazard pictogram's side.
pub const PICTOGRAM: f32 = 72.0;

/// How many characters of `size` fit where a body line holds one: widths scale with
/// the type size.
pub fn width_ratio(size: f32) -> f32 {
    BODY / size
}

/// How tall a line of `size` is against a body line.
pub fn height_ratio(size: f32) -> f32 {
    size / BODY
}
