window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1958981822682308842",
      "user_id" : "8025564529926461440",
      "created_at" : "Fri Aug 22 19:57:17 +0000 2025",
      "deleted_at" : "Fri Aug 22 20:09:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958674757014124404",
      "user_id" : "8025564529926461440",
      "created_at" : "Thu Aug 21 23:37:07 +0000 2025",
      "deleted_at" : "Thu Aug 21 23:49:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958633877945956941",
      "user_id" : "8025564529926461440",
      "created_at" : "Thu Aug 21 20:54:40 +0000 2025",
      "deleted_at" : "Thu Aug 21 22:07:18 +0000 2025"
    }
  }
]