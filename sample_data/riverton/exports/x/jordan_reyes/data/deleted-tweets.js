window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959994497135820062"
          ],
          "editableUntil" : "2025-08-25T16:01:17.711Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "1",
      "id_str" : "1959994497135820062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959994497135820062",
      "created_at" : "Mon Aug 25 15:01:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Jefferson St &amp; Kenwood Ave for the 2? It's aobut 15 minutes out. We're trying something new: a bus stop adoption program in Bluffton. Tell us what you think!",
      "lang" : "en",
      "deleted_at" : "Mon Aug 25 15:57:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959068120320770504"
          ],
          "editableUntil" : "2025-08-23T02:40:12.267Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "261",
              "271"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "271"
      ],
      "favorite_count" : "0",
      "id_str" : "1959068120320770504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959068120320770504",
      "created_at" : "Sat Aug 23 01:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Overheard on Route 39 this morning: \"this bus is my thinking time.\" fog on the river road is slowing down Route 39 and Route 32. Give yourself an extra 40 minutes. Waiting at City Hall for Route 39? It's about 40 minutes out. Anyone else seeing this? #RiverDays",
      "lang" : "en",
      "deleted_at" : "Sat Aug 23 02:53:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958865893782914417"
          ],
          "editableUntil" : "2025-08-22T13:16:37.703Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "70",
              "79"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1958865893782914417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958865893782914417",
      "created_at" : "Fri Aug 22 12:16:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on the 42: a phone. Claim it at Central Station lost and found. #FareFree",
      "lang" : "en",
      "deleted_at" : "Fri Aug 22 12:26:42 +0000 2025"
    }
  }
]