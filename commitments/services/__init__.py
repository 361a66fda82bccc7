"""Business logic as plain functions; views, tasks and commands stay thin."""
