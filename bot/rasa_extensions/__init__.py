"""Classes that run INSIDE the Rasa process (``.venv-rasa``), named in Rasa's config files.

They import only Rasa and Rasa's own dependencies: Rasa's environment has none of ours.
"""
