"""Test support that ships with the package: a local HTTP server for saved fixture sites."""
