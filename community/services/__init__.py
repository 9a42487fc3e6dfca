"""Writes of the community app, one module per subject: membership decisions,
invitations, profiles and accounts."""
