window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "harold.whitcombe@rrta.example",
      "createdVia" : "web",
      "username" : "hwhitcombe",
      "accountId" : "2972956847044879360",
      "createdAt" : "2019-04-11T15:02:20.496Z",
      "accountDisplayName" : "Harold Whitcombe"
    }
  }
]