"""The «Comunicazioni» area: templates and their editor with a live preview, the mail-merge
wizard, the delivery log, the communication plan; and the household page's box of what was
sent to it."""
