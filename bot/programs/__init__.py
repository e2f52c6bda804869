"""Program fit: ranking the knowledge base's programs for one applicant."""
