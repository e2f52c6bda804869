"""The website chat widget: static files, the demo page server, and Rasa's socket.io channel fix.

Imports nothing at package level: ``rasa_socketio`` runs inside the Rasa process, which has
neither starlette nor our settings.
"""
