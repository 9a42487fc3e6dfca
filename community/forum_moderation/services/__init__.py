"""Moderators' writes: every one checks `community.access.is_moderator`, runs in a
transaction and records itself in the audit log (`LogEntry`)."""
