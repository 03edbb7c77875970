window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958981822682308842"
          ],
          "editableUntil" : "2025-08-22T20:57:17.306Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "163",
              "177"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "178",
              "193"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "6",
      "id_str" : "1958981822682308842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958981822682308842",
      "created_at" : "Fri Aug 22 19:57:17 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate the 40 frequencies to reflect evolving ridership utilization patterns within the Old Mill catchment. #accessibility #TransitTuesday",
      "lang" : "en",
      "deleted_at" : "Fri Aug 22 20:09:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958674757014124404"
          ],
          "editableUntil" : "2025-08-22T00:37:07.146Z",
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
        "200"
      ],
      "favorite_count" : "6",
      "id_str" : "1958674757014124404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958674757014124404",
      "created_at" : "Thu Aug 21 23:37:07 +0000 2025",
      "favorited" : false,
      "full_text" : "The Juneteenth parade is this Saturday at St. Luke's Clinic. Looks like fun. Earlier I said Route 61 skips Victory Pkwy. I was wrong: only the Victory Pkwy &amp; Wabash Ave stop is closed. Does that help?",
      "lang" : "en",
      "deleted_at" : "Thu Aug 21 23:49:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958633877945956941"
          ],
          "editableUntil" : "2025-08-21T21:54:40.817Z",
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
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1958633877945956941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958633877945956941",
      "created_at" : "Thu Aug 21 20:54:40 +0000 2025",
      "favorited" : false,
      "full_text" : "The air show is this Tuesday at the Senior Center. Looks like fun.",
      "lang" : "en",
      "deleted_at" : "Thu Aug 21 22:07:18 +0000 2025"
    }
  }
]