window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1961575539774331075",
      "user_id" : "6052554746733953024",
      "created_at" : "Fri Aug 29 23:43:47 +0000 2025",
      "deleted_at" : "Sat Aug 30 00:44:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961457779124305560",
      "user_id" : "6052554746733953024",
      "created_at" : "Fri Aug 29 15:55:51 +0000 2025",
      "deleted_at" : "Fri Aug 29 17:23:20 +0000 2025"
    }
  }
]