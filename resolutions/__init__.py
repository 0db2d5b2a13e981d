"""The resolutions app: parsing, storage, search and pages for GA resolutions."""
