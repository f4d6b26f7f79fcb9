"""宣传与学法: outreach events with their photos, legal study, reception activities and the yearly overview."""
