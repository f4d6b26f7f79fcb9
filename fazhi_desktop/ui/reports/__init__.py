"""The report centre (打印文书): documents of a case, reports of a period, and their wording."""
