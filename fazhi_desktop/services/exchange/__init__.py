"""Exchange packages between a county and its townships: keys, export, import, receipts, status."""
