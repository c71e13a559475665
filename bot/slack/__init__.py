"""Staff's side in Slack: posting case threads, and (listeners) the buttons staff press."""
