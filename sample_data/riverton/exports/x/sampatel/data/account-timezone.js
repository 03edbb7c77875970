window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "8025564529926461440"
    }
  }
]