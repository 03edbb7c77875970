window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1960749824156869174",
      "user_id" : "2972956847044879360",
      "created_at" : "Wed Aug 27 17:02:41 +0000 2025",
      "deleted_at" : "Wed Aug 27 18:03:02 +0000 2025"
    }
  }
]