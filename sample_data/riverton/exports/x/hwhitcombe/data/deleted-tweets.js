window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960749824156869174"
          ],
          "editableUntil" : "2025-08-27T18:02:41.706Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "0",
      "id_str" : "1960749824156869174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960749824156869174",
      "created_at" : "Wed Aug 27 17:02:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Effective September 6, the service change implementation will optimize headways on Route 28 to enhance network-level connectivity and throughput. Any changes to Route 28 will only be considered after a full evaluation.",
      "lang" : "en",
      "deleted_at" : "Wed Aug 27 18:03:02 +0000 2025"
    }
  }
]