"""Pure types shared by several packages (no I/O; nothing here imports outside ``bot.domain``)."""
