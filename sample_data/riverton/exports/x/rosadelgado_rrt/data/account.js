window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rosa.delgado@rrta.example",
      "createdVia" : "web",
      "username" : "rosadelgado_rrt",
      "accountId" : "6052554746733953024",
      "createdAt" : "2019-04-11T15:02:20.496Z",
      "accountDisplayName" : "Rosa Delgado"
    }
  }
]