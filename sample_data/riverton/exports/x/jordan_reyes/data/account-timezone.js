window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "8567956104186651648",
      "timeZone" : "Central Time (US & Canada)"
    }
  }
]