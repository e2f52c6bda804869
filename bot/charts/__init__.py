"""A picture of where the applicant stands against the sourced distributions (PNG).

``data`` reads the Charting Outcomes rows from ``knowledge/facts/``, ``figure`` draws them with
matplotlib's headless Agg canvas (no pyplot, no network), ``alt`` says the same in words, and
``store`` keeps rendered charts under unguessable tokens until ``forget_me``.
"""
