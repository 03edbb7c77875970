window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "2181501028"
    }
  }
]