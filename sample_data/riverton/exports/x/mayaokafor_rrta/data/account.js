window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "maya.okafor@rrta.example",
      "createdVia" : "web",
      "username" : "mayaokafor_rrta",
      "accountId" : "2181501028",
      "createdAt" : "2019-04-11T15:02:20.496Z",
      "accountDisplayName" : "Maya Okafor"
    }
  }
]