"""Deployment topology: several Rasa instances and action servers behind one load balancer."""
