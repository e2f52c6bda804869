"""Conversation analytics: Rasa's events from RabbitMQ into a funnel per day and channel.

Off unless ``EVENT_BROKER_URL`` is set (docs/analytics.md). ``broker`` names the queue and
renders Rasa's ``event_broker`` endpoint, ``events`` reads one event into funnel steps,
``store`` keeps the marks (and forgets a sender), ``consumer`` runs the queue, ``funnel`` counts.
No Rasa import here: Rasa only publishes, we only read JSON.
"""
