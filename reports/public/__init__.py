"""The public promise meter (政府承诺兑现公示, SPEC §4c): a plan's pledges as
the public may see them, without login, once an administrator publishes it."""
