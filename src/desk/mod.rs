//! Stillpoint on the desktop beyond its window: the desktop's own
//! notifications, the tray icon, and the daily practice reminder.
//!
//! Each talks to the session bus on threads of its own and hands what the
//! practitioner chose back through a channel, calling a `wake` the owner
//! gives (the window asks for a frame). None of them fails the app: where
//! the desktop has no notification service or tray host, they say so and
//! the window keeps its own ways.

pub mod notifications;
pub mod reminder;
pub mod tray;

/// Called from another thread when something is waiting for the owner.
pub type Wake = std::sync::Arc<dyn Fn() + Send + Sync>;
