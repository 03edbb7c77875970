window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "2972956847044879360"
    }
  }
]