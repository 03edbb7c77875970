window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jordan.reyes@rrta.example",
      "createdVia" : "web",
      "username" : "jordan_reyes",
      "accountId" : "8567956104186651648",
      "createdAt" : "2019-04-11T15:02:20.496Z",
      "accountDisplayName" : "Jordan Reyes"
    }
  }
]