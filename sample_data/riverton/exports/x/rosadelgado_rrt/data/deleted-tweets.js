window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961575539774331075"
          ],
          "editableUntil" : "2025-08-30T00:43:47.650Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "186",
              "199"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "0",
      "id_str" : "1961575539774331075",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961575539774331075",
      "created_at" : "Fri Aug 29 23:43:47 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at Summit Ave &amp; 3rd Ave is done, so boarding with a wheelchair or stroller is easier. Paratransit trips for Friday can be booked until 7:35 today. Call or use the app. Via @RiverHawksFC Stay cool out there!",
      "lang" : "en",
      "deleted_at" : "Sat Aug 30 00:44:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961457779124305560"
          ],
          "editableUntil" : "2025-08-29T16:55:51.323Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "78",
              "93"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "94",
              "103"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "14",
      "id_str" : "1961457779124305560",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1961457779124305560",
      "created_at" : "Fri Aug 29 15:55:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the 39 carried 269 rides last week, up 33% from last year. #TransitTuesday #FareFree",
      "lang" : "en",
      "deleted_at" : "Fri Aug 29 17:23:20 +0000 2025"
    }
  }
]