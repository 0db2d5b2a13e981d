"""unarchive: a web archive of United Nations General Assembly resolutions."""
