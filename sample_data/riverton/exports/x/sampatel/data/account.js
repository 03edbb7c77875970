window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sam.patel@rrta.example",
      "createdVia" : "web",
      "username" : "sampatel",
      "accountId" : "8025564529926461440",
      "createdAt" : "2019-04-11T15:02:20.496Z",
      "accountDisplayName" : "Sam Patel"
    }
  }
]