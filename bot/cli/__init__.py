"""The ``advisor`` command line: one module per subcommand, registered by ``bot.cli.main``."""
