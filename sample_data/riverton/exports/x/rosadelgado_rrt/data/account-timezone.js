window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "6052554746733953024",
      "timeZone" : "Central Time (US & Canada)"
    }
  }
]