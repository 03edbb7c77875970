window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1959994497135820062",
      "user_id" : "8567956104186651648",
      "created_at" : "Mon Aug 25 15:01:17 +0000 2025",
      "deleted_at" : "Mon Aug 25 15:57:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959068120320770504",
      "user_id" : "8567956104186651648",
      "created_at" : "Sat Aug 23 01:40:12 +0000 2025",
      "deleted_at" : "Sat Aug 23 02:53:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958865893782914417",
      "user_id" : "8567956104186651648",
      "created_at" : "Fri Aug 22 12:16:37 +0000 2025",
      "deleted_at" : "Fri Aug 22 12:26:42 +0000 2025"
    }
  }
]