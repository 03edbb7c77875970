window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1961625677519690509",
          "editControlInitial" : {
            "editTweetIds" : [
              "1961625677519690509",
              "1961629316353559343"
            ],
            "editableUntil" : "2025-08-30T04:03:01.420Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "198",
              "214"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/GxYz2Qa7a1",
            "expanded_url" : "https://www.rrta.example/projects/bus-shelter-redesign",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "6",
      "id_str" : "1961629316353559343",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961629316353559343",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 30 03:17:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/GxYz2Qa7a1 Any changes to the 34 will only be considered after a full evaluation. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961625677519690509",
            "1961629316353559343"
          ],
          "editableUntil" : "2025-08-30T04:03:01.420Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "198",
              "214"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/6QxklLdNlX",
            "expanded_url" : "https://www.rrta.example/projects/bus-shelter-redesign",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "3",
      "id_str" : "1961625677519690509",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961625677519690509",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 30 03:03:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Reduced fare cards are half price for seniors, studetns and riders with disabilities. Apply: https://t.co/6QxklLdNlX Any changes to the 34 will only be considered after a full evaluation. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961472191499404568"
          ],
          "editableUntil" : "2025-08-29T17:53:07.501Z",
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
        "194"
      ],
      "favorite_count" : "4",
      "id_str" : "1961472191499404568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961472191499404568",
      "created_at" : "Fri Aug 29 16:53:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from the Farmers Market on a clear morning. Proud of our team for getting the 7 back on schedule so fast. Every route we run connects our community.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961412617968070543"
          ],
          "editableUntil" : "2025-08-29T13:56:24.064Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "101",
              "115"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "0",
      "id_str" : "1961412617968070543",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961412617968070543",
      "created_at" : "Fri Aug 29 12:56:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Meet Ms. Dorothy, who keeps Route 25 running through Parkside every morning. Great work by @RivertonParks on the Lantern Walk. Go check out their post! Any questions, just reply here!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961171370169489682"
          ],
          "editableUntil" : "2025-08-28T21:57:46.107Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "164",
              "173"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "174",
              "188"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "117",
              "128"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "0",
      "id_str" : "1961171370169489682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961171370169489682",
      "created_at" : "Thu Aug 28 20:57:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Graduation weekend is this Thursday at Lakeside Plaza. Looks like fun. Our riders deserve reliable service. Kudos to @RivertonPD for co-hosting graduation weekend. #Riverton #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960820940254220169"
          ],
          "editableUntil" : "2025-08-27T22:45:17.105Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerdowl1",
            "screen_name" : "transitnerdowl1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5842400221575343",
            "id" : "5842400221575343"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1960810881029581081",
      "id_str" : "1960820940254220169",
      "in_reply_to_user_id" : "5842400221575343",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960820940254220169",
      "in_reply_to_status_id" : "1960810881029581081",
      "created_at" : "Wed Aug 27 21:45:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdowl1 Hello! We hear you. Saturday service on Route 11 is on the list for the next service change. Thanks for riding with us! Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdowl1",
      "in_reply_to_user_id_str" : "5842400221575343"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960773326890870945"
          ],
          "editableUntil" : "2025-08-27T19:36:05.194Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1960773326890870945",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960773326890870945",
      "created_at" : "Wed Aug 27 18:36:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Nothing beats the view of the river from Central Station on a clear morning. Not my area of expertise, so I asked @victo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960767529770525753"
          ],
          "editableUntil" : "2025-08-27T19:13:03.053Z",
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
              "194",
              "208"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "92",
              "104"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "14",
      "id_str" : "1960767529770525753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960767529770525753",
      "created_at" : "Wed Aug 27 18:13:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 286 people at Riverton Library for the summer block party. Riverton, you showed up! H/t @victor_lang for the heads up. Any changes to the 22 will only be considered after a full evaluation. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960744836887239469"
          ],
          "editableUntil" : "2025-08-27T17:42:52.648Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "126",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/h3yPOPAiZv",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1960527924166332846",
            "display_url" : "x.com/RivertonLibrary/sta…",
            "indices" : [
              "143",
              "166"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "1960744836887239469",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1960744836887239469",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 27 16:42:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the chili cook-off. #RivertonTransit https://t.co/h3yPOPAiZv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960716340367295616"
          ],
          "editableUntil" : "2025-08-27T15:49:38.548Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harbor Night",
            "screen_name" : "harbor_night",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3187463366248034",
            "id" : "3187463366248034"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1960680577069886920",
      "id_str" : "1960716340367295616",
      "in_reply_to_user_id" : "3187463366248034",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960716340367295616",
      "in_reply_to_status_id" : "1960680577069886920",
      "created_at" : "Wed Aug 27 14:49:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_night Hello! We are sorry this happened. That should not happen at Canal St &amp; 5th St. Can you send us the time and direction so we can follow up? Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbor_night",
      "in_reply_to_user_id_str" : "3187463366248034"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960533511616767708"
          ],
          "editableUntil" : "2025-08-27T03:43:08.777Z",
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
        "223"
      ],
      "favorite_count" : "12",
      "id_str" : "1960533511616767708",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960533511616767708",
      "created_at" : "Wed Aug 27 02:43:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: More people are riding: 43,188 trips on Wednesday alone. Proud to serve Riverton riders every day. I stand corrected: a rider pointed out the Central Station stop moved to Bluff St. Thank you! Questions? Just ask!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960461016441065668"
          ],
          "editableUntil" : "2025-08-26T22:55:04.580Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "137",
              "146"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "2",
      "id_str" : "1960461016441065668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960461016441065668",
      "created_at" : "Tue Aug 26 21:55:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The fare capping framework will be operationalized effective August 30, leveraging the account-based fare collection platform. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960408681944783149"
          ],
          "editableUntil" : "2025-08-26T19:27:07.064Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1960408681944783149",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1960408681944783149",
      "created_at" : "Tue Aug 26 18:27:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing betas the view of the river from Lakeside Plaza on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960338846765778832"
          ],
          "editableUntil" : "2025-08-26T14:49:37.060Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/iXw6aelAa8",
            "expanded_url" : "https://www.rrta.example/news/county-fair",
            "display_url" : "www.rrta.example/news/cou…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1960338846765778832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960338846765778832",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 26 13:49:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: We want your ideas for the microtransit zone in Southport. Take the 5-minute survey: https://t.co/iXw6aelAa8 It's in t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960081033114582580"
          ],
          "editableUntil" : "2025-08-25T21:45:09.496Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Food Bank",
            "screen_name" : "RivFoodBank",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3898165173",
            "id" : "3898165173"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "3",
      "id_str" : "1960081033114582580",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960081033114582580",
      "created_at" : "Mon Aug 25 20:45:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Days festival. 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959980178755559308"
          ],
          "editableUntil" : "2025-08-25T15:04:23.943Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rivertonbikegir",
            "screen_name" : "rivertonbikegir",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "51141709560838429",
            "id" : "51141709560838429"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1959563818011778228",
      "id_str" : "1959980178755559308",
      "in_reply_to_user_id" : "51141709560838429",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1959980178755559308",
      "in_reply_to_status_id" : "1959563818011778228",
      "created_at" : "Mon Aug 25 14:04:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertonbikegir Hey! We're sorry this happened. Thanks for telling us. We've sent this to the 12 supervisor to talk with the driver. Good question. I don't know, but I'm asking our maintenance team now. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertonbikegir",
      "in_reply_to_user_id_str" : "51141709560838429"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959953945378978535"
          ],
          "editableUntil" : "2025-08-25T13:20:09.418Z",
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
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1959953945378978535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959953945378978535",
      "created_at" : "Mon Aug 25 12:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 20,968 people at the county courthouse for the Riverfront concert series. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959946305350961845"
          ],
          "editableUntil" : "2025-08-25T12:49:47.894Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "199",
              "211"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "7",
      "id_str" : "1959946305350961845",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1959946305350961845",
      "created_at" : "Mon Aug 25 11:49:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the Fourth of July fireworks is this Friday at the ballpark. Looks like fun. Have a great weekend, everyone! Any changes to the 41 will only be considered after a full evaluation. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959594916978325282"
          ],
          "editableUntil" : "2025-08-24T13:33:30.377Z",
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
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1959594916978325282",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1959594916978325282",
      "created_at" : "Sun Aug 24 12:33:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Ms. Janelle has driven the 25 for 8 years and stlil knows every regular by name.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958984842765823786"
          ],
          "editableUntil" : "2025-08-22T21:09:17.350Z",
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
        "204"
      ],
      "favorite_count" : "8",
      "id_str" : "1958984842765823786",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958984842765823786",
      "created_at" : "Fri Aug 22 20:09:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: the fog is here. Buses are running but expect delays of 30 minutes. Fun fact: we have 8,053 stops and someone has named every shelter cat!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958968129847338139"
          ],
          "editableUntil" : "2025-08-22T20:02:52.680Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "156",
              "165"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "166",
              "175"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/zqdTLvAnW8",
            "expanded_url" : "https://x.com/RivertonParks/status/1958931822905667671",
            "display_url" : "x.com/RivertonParks/statu…",
            "indices" : [
              "176",
              "199"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "2",
      "id_str" : "1958968129847338139",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958968129847338139",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 19:02:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Municipal offices will observe modified operating hours on Wednesday in connection with the Riverfront concert series. Have a great weekend, everyone! #Riverton #RideRRTA https://t.co/zqdTLvAnW8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958940540218894509"
          ],
          "editableUntil" : "2025-08-22T18:13:14.800Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/S0ktUXxbaD",
            "expanded_url" : "https://www.rrta.example/survey/prairie-view",
            "display_url" : "www.rrta.example/survey/p…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1958939078656913971",
      "id_str" : "1958940540218894509",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958940540218894509",
      "in_reply_to_status_id" : "1958939078656913971",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 17:13:14 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Service update: Saw 6,202 people at West High School for the county fair. Riverton, you showed up! It is in the schedule. https://t.co/S0ktUXxbaD",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958939078656913971"
          ],
          "editableUntil" : "2025-08-22T18:07:26.336Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "78",
              "94"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "1958939078656913971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958939078656913971",
      "created_at" : "Fri Aug 22 17:07:26 +0000 2025",
      "favorited" : false,
      "full_text" : "The Cinco de Mayo festival is this Tuesday at the Job Center. Looks like fun. #RivertonTransit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958677968406732339"
          ],
          "editableUntil" : "2025-08-22T00:49:52.802Z",
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
        "178"
      ],
      "favorite_count" : "1",
      "id_str" : "1958677968406732339",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958677968406732339",
      "created_at" : "Thu Aug 21 23:49:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: Paratransit trips for Thursday can be booked until 5:40 today. Call or use the app. Appreciate every one of you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958652156112542664"
          ],
          "editableUntil" : "2025-08-21T23:07:18.671Z",
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
        "255"
      ],
      "favorite_count" : "1",
      "id_str" : "1958652156112542664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958652156112542664",
      "created_at" : "Thu Aug 21 22:07:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: New curb ramp at the Amtrak station is done, so boarding with a wheelchair or stroller is easier. The elevator at University Station is out of service. Use the ramp on the Kenwood Ave side.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958615462782889697"
          ],
          "editableUntil" : "2025-08-21T20:41:30.300Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "197",
              "206"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "207",
              "216"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "5",
      "id_str" : "1958615462782889697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958615462782889697",
      "created_at" : "Thu Aug 21 19:41:30 +0000 2025",
      "favorited" : false,
      "full_text" : "The Memorial Day ceremony is Wednesday. Buses will drop off at Lakeview Dr &amp; Ferry St, two blocks from the entrance. Correction: the Route 2 detour starts Wednesday, not Friday. Sorry, my mistake! #FareFree #RideRRTA 😄💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958555622643121451"
          ],
          "editableUntil" : "2025-08-21T16:43:43.298Z",
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
              "243",
              "257"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "257"
      ],
      "favorite_count" : "18",
      "id_str" : "1958555622643121451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958555622643121451",
      "created_at" : "Thu Aug 21 15:43:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Personal property items recovered from revenue vehicles may be retrieved at the Central Station customer service location during business hours. Did you leave a phone on bus 2162? It's waiting for you at Central Station. You all are the best. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958540465423426483"
          ],
          "editableUntil" : "2025-08-21T15:43:29.536Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Samdj",
            "screen_name" : "samdj",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "38619873784160747",
            "id" : "38619873784160747"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1958363967994709148",
      "id_str" : "1958540465423426483",
      "in_reply_to_user_id" : "38619873784160747",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1958540465423426483",
      "in_reply_to_status_id" : "1958363967994709148",
      "created_at" : "Thu Aug 21 14:43:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@samdj Hi! We hear you. Saturday service on the 7X is on the list for the next service change. I will find out and reply by the end of the day!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samdj",
      "in_reply_to_user_id_str" : "38619873784160747"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958526177578996537"
          ],
          "editableUntil" : "2025-08-21T14:46:43.048Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1958526177578996537",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1958526177578996537",
      "created_at" : "Thu Aug 21 13:46:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958191100203185890"
          ],
          "editableUntil" : "2025-08-20T16:35:14.376Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "258",
              "267"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tessa Nguyen",
            "screen_name" : "tessarides",
            "indices" : [
              "113",
              "124"
            ],
            "id_str" : "3127294018",
            "id" : "3127294018"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "2",
      "id_str" : "1958191100203185890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958191100203185890",
      "created_at" : "Wed Aug 20 15:35:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the Job Center on a clear morning. Not my area of expertise, so I asked @tessarides. Answer coming soon. Our first try at a bus stop adoption program in Lakeside did not work. Lesson learned, round two starts Friday. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958183693647464147"
          ],
          "editableUntil" : "2025-08-20T16:05:48.516Z",
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
        "266"
      ],
      "favorite_count" : "2",
      "id_str" : "1958183693647464147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958183693647464147",
      "created_at" : "Wed Aug 20 15:05:48 +0000 2025",
      "favorited" : false,
      "full_text" : "The River Hawks home opener is this Wednesday at City Hall. Looks like fun. Saw 40,804 people at City Hall for the River Hawks home opener. Riverton, you showed up! I stand corrected: a rider pointed out the Harbor Dr &amp; Wabash Ave stop moved to Quarry Rd. Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957923252170229522"
          ],
          "editableUntil" : "2025-08-19T22:50:54.429Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Coffeeeastgate3",
            "screen_name" : "coffeeeastgate3",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "11731741901497104",
            "id" : "11731741901497104"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1957909615372833425",
      "id_str" : "1957923252170229522",
      "in_reply_to_user_id" : "11731741901497104",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957923252170229522",
      "in_reply_to_status_id" : "1957909615372833425",
      "created_at" : "Tue Aug 19 21:50:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffeeeastgate3 Sorry for the wait. The 5:10 trip is our busiest. We've asked planning to add a bus. Thanks for riding with us! Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffeeeastgate3",
      "in_reply_to_user_id_str" : "11731741901497104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957868296204977779"
          ],
          "editableUntil" : "2025-08-19T19:12:31.906Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "120",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/TR4waSt57R",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1957319834761874459",
            "display_url" : "x.com/RivertonLibrary/sta…",
            "indices" : [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "6",
      "id_str" : "1957868296204977779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957868296204977779",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 19 18:12:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Stay safe in the flood warning. Warming buses are parked at Northside Transfer Center and Northside Mall. #RiverDays https://t.co/TR4waSt57R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957859467418636310"
          ],
          "editableUntil" : "2025-08-19T18:37:26.959Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Realz1967",
            "screen_name" : "the_realz1967",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "67552756988036883",
            "id" : "67552756988036883"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1957855517157890340",
      "id_str" : "1957859467418636310",
      "in_reply_to_user_id" : "67552756988036883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957859467418636310",
      "in_reply_to_status_id" : "1957855517157890340",
      "created_at" : "Tue Aug 19 17:37:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realz1967 Hey! Thank you for sharing this! We'll pass it along to the Route 61 driver. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realz1967",
      "in_reply_to_user_id_str" : "67552756988036883"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957856557160755872"
          ],
          "editableUntil" : "2025-08-19T18:25:53.099Z",
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
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1957856557160755872",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957856557160755872",
      "created_at" : "Tue Aug 19 17:25:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Fare capping starts August 24: once you've paid $5 in a day, the rest of your rides are free. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957848813077781409"
          ],
          "editableUntil" : "2025-08-19T17:55:06.766Z",
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
        "266"
      ],
      "favorite_count" : "9",
      "id_str" : "1957848813077781409",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957848813077781409",
      "created_at" : "Tue Aug 19 16:55:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Kids under 12 ride free all summer on every route, including the 28. Earlier I said the 28 skips Bridge St. I was wrong: only the Eastgate Transit Center stop is closed. Great question! I do not know offhand, but our fares team does. Checking now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957829282025097796"
          ],
          "editableUntil" : "2025-08-19T16:37:30.200Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mike Riverton32",
            "screen_name" : "mike_riverton32",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "30806656628024412",
            "id" : "30806656628024412"
          },
          {
            "name" : "Tessa Nguyen",
            "screen_name" : "tessarides",
            "indices" : [
              "111",
              "122"
            ],
            "id_str" : "3127294018",
            "id" : "3127294018"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1957826909513667122",
      "id_str" : "1957829282025097796",
      "in_reply_to_user_id" : "30806656628024412",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1957829282025097796",
      "in_reply_to_status_id" : "1957826909513667122",
      "created_at" : "Tue Aug 19 15:37:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_riverton32 Hey! Yes! Fare capping works with phone pay too, on Route 21 and every other route. Thanks to @tessarides on our ops team for tracking this down!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_riverton32",
      "in_reply_to_user_id_str" : "30806656628024412"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957778779835676907"
          ],
          "editableUntil" : "2025-08-19T13:16:49.540Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "166",
              "174"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "175",
              "187"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "7",
      "id_str" : "1957778779835676907",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1957778779835676907",
      "created_at" : "Tue Aug 19 12:16:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a police stop is slowing down Route 1 and Route 15. Give yourself an extra 20 minutes. Going forward, deliverables should be synergized across workstreams. #busstop #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957595656115192347"
          ],
          "editableUntil" : "2025-08-19T01:09:09.443Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "145",
              "155"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "0",
      "id_str" : "1957595656115192347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957595656115192347",
      "created_at" : "Tue Aug 19 00:09:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Effective September 8, the service change implementation will optimize headways on Route 5 to enhance network-level connectivity and throughput. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957574193638582776"
          ],
          "editableUntil" : "2025-08-18T23:43:52.390Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "218",
              "234"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "235",
              "245"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/5jBPhIZGWe",
            "expanded_url" : "https://x.com/oliviarides/status/1957189026876767298",
            "display_url" : "x.com/oliviarides/status/…",
            "indices" : [
              "246",
              "269"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "3",
      "id_str" : "1957574193638582776",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957574193638582776",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 18 22:43:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Heads up: Route 15 skips Franklin St until Thursday. The closest stop is Franklin St &amp; University Ave. Earlier I said Route 15 skips Franklin St. I was wrong: only the Franklin St &amp; University Ave stop is closed. #RivertonTransit #RiverDays https://t.co/5jBPhIZGWe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957457310295475731"
          ],
          "editableUntil" : "2025-08-18T15:59:25.229Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tjdee",
            "screen_name" : "tjdee",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "66905879507949849",
            "id" : "66905879507949849"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/d7sLojstP1",
            "expanded_url" : "https://www.rrta.example/survey/kingsley",
            "display_url" : "www.rrta.example/survey/k…",
            "indices" : [
              "153",
              "176"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1957433900025386611",
      "id_str" : "1957457310295475731",
      "in_reply_to_user_id" : "66905879507949849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957457310295475731",
      "in_reply_to_status_id" : "1957433900025386611",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 18 14:59:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjdee Thank you for contacting Riverton Regional Transit. Supplemental service will be deployed in support of the county fair; details are available at https://t.co/d7sLojstP1. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjdee",
      "in_reply_to_user_id_str" : "66905879507949849"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956504079683902828"
          ],
          "editableUntil" : "2025-08-16T00:51:37.341Z",
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
        "106"
      ],
      "favorite_count" : "7",
      "id_str" : "1956504079683902828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956504079683902828",
      "created_at" : "Fri Aug 15 23:51:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at the Food Co-op for the 10? It is about 5 minutes out. Proud to serve Riverton riders every day!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956474138221704052"
          ],
          "editableUntil" : "2025-08-15T22:52:38.740Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "190",
              "201"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "id_str" : "1956474138221704052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956474138221704052",
      "created_at" : "Fri Aug 15 21:52:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Due to private development construction staging on Franklin St, Route 24 will operate on a temporary detour utilizing Kingsley Ave until further notice. Not my area of expertise, so I asked @aishabello. Answer coming soon. 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1956412268910769387",
          "editControlInitial" : {
            "editTweetIds" : [
              "1956412268910769387",
              "1956417012126658453"
            ],
            "editableUntil" : "2025-08-15T18:46:47.947Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "146",
              "154"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "7",
      "id_str" : "1956417012126658453",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956417012126658453",
      "created_at" : "Fri Aug 15 18:05:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Plot twist: the busiest stop on Route 30 isn't downtown, it's Central Station. Good news for Old Mill: more trips on Route 30 starting August 26. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956414255201228673"
          ],
          "editableUntil" : "2025-08-15T18:54:41.516Z",
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
        "204"
      ],
      "favorite_count" : "2",
      "id_str" : "1956414255201228673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956414255201228673",
      "created_at" : "Fri Aug 15 17:54:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a glittering morning along Lincoln Blvd. The 23 riders: the stop at the county courthouse is closed this week. Walk one block to Orchard Ave. Fun fact: the Airport Flyer crosses the river four times!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956412268910769387",
            "1956417012126658453"
          ],
          "editableUntil" : "2025-08-15T18:46:47.947Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "146",
              "154"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "10",
      "id_str" : "1956412268910769387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956412268910769387",
      "created_at" : "Fri Aug 15 17:46:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Plot twist: the busiest stop on Route 30 isn't downtown, it's Central Station. Good news for Old Mill: more tirps on Route 30 starting August 26. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956377286756032079"
          ],
          "editableUntil" : "2025-08-15T16:27:47.551Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverbendlakesi",
            "screen_name" : "riverbendlakesi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "44008230867814536",
            "id" : "44008230867814536"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1956333457204230245",
      "id_str" : "1956377286756032079",
      "in_reply_to_user_id" : "44008230867814536",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1956377286756032079",
      "in_reply_to_status_id" : "1956333457204230245",
      "created_at" : "Fri Aug 15 15:27:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendlakesi Hi there! We're sorry for the trouble. Thanks! We'll pull bus 1577 for an AC check when it gets back to the garage.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendlakesi",
      "in_reply_to_user_id_str" : "44008230867814536"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955640360590503945"
          ],
          "editableUntil" : "2025-08-13T15:39:30.662Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kbusrider",
            "screen_name" : "kbusrider",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "19921901655866347",
            "id" : "19921901655866347"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1955412749301120755",
      "id_str" : "1955640360590503945",
      "in_reply_to_user_id" : "19921901655866347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955640360590503945",
      "in_reply_to_status_id" : "1955412749301120755",
      "created_at" : "Wed Aug 13 14:39:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@kbusrider Hello! Sorry for the wait. Thanks for flagging. Crews are on the way. Use the Pine St ramp for now. 🙌👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "kbusrider",
      "in_reply_to_user_id_str" : "19921901655866347"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955634324645406963"
          ],
          "editableUntil" : "2025-08-13T15:15:31.581Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Deebusrider",
            "screen_name" : "deebusrider",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "40608235990698846",
            "id" : "40608235990698846"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1955393277856166419",
      "id_str" : "1955634324645406963",
      "in_reply_to_user_id" : "40608235990698846",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955634324645406963",
      "in_reply_to_status_id" : "1955393277856166419",
      "created_at" : "Wed Aug 13 14:15:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@deebusrider The 12:05 trip is our busiest. We've asked planning to add a bus!",
      "lang" : "en",
      "in_reply_to_screen_name" : "deebusrider",
      "in_reply_to_user_id_str" : "40608235990698846"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955633856212281451"
          ],
          "editableUntil" : "2025-08-13T15:13:39.898Z",
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
              "213",
              "228"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "3",
      "id_str" : "1955633856212281451",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1955633856212281451",
      "created_at" : "Wed Aug 13 14:13:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Personal property items recovered from revenue vehicles may be retrieved at the Central Station customer service location during business hours. I apologize for the error in my earlier message regarding Route 7X. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955436948916563303"
          ],
          "editableUntil" : "2025-08-13T02:11:13.540Z",
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
              "77",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1955436948916563303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955436948916563303",
      "created_at" : "Wed Aug 13 01:11:13 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start August 29. The 10 will come every 8 minutes on weekdays. #TransitTuesday 🎉😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955368276890667047"
          ],
          "editableUntil" : "2025-08-12T21:38:20.853Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1955368276890667047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955368276890667047",
      "created_at" : "Tue Aug 12 20:38:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Please be advised: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take plac…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955334315269797402"
          ],
          "editableUntil" : "2025-08-12T19:23:23.772Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "123",
              "138"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/SZ43GFAEVc",
            "expanded_url" : "https://www.rrta.example/maps/route-29",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "4",
      "id_str" : "1955334315269797402",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955334315269797402",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 12 18:23:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Riverton is beautiful today. Perfect day for a walk along the river in Northside. https://t.co/SZ43GFAEVc #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955276582186201051"
          ],
          "editableUntil" : "2025-08-12T15:33:59.132Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Samtj",
            "screen_name" : "samtj",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "11250059832778435",
            "id" : "11250059832778435"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1955129952756832836",
      "id_str" : "1955276582186201051",
      "in_reply_to_user_id" : "11250059832778435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955276582186201051",
      "in_reply_to_status_id" : "1955129952756832836",
      "created_at" : "Tue Aug 12 14:33:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@samtj Hey! This is so nice to hear. We will make sure Ms. Pat sees it. Riders like you make this job worth it. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samtj",
      "in_reply_to_user_id_str" : "11250059832778435"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955275314562579022"
          ],
          "editableUntil" : "2025-08-12T15:28:56.907Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owl Riverbend20",
            "screen_name" : "owl_riverbend20",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "32964613542066108",
            "id" : "32964613542066108"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1955224335410454334",
      "id_str" : "1955275314562579022",
      "in_reply_to_user_id" : "32964613542066108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955275314562579022",
      "in_reply_to_status_id" : "1955224335410454334",
      "created_at" : "Tue Aug 12 14:28:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_riverbend20 Greetings. We have escalated the reported real-time data discrepancy for the 3 to our technology vendor for remediation. We value your continued ridership!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_riverbend20",
      "in_reply_to_user_id_str" : "32964613542066108"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953924729448973582"
          ],
          "editableUntil" : "2025-08-08T22:02:12.323Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1953924729448973582",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953924729448973582",
      "created_at" : "Fri Aug 08 21:02:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Service update: the summer block party is this Friday at Harbor Point. Looks like fun. Proud of our team for getting the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953919207463253363"
          ],
          "editableUntil" : "2025-08-08T21:40:15.779Z",
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
        "59"
      ],
      "favorite_count" : "0",
      "id_str" : "1953919207463253363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953919207463253363",
      "created_at" : "Fri Aug 08 20:40:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 38 carried 93 rides last week, up 12% from last year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1953783354919322904",
          "editControlInitial" : {
            "editTweetIds" : [
              "1953783354919322904",
              "1953784155396848447"
            ],
            "editableUntil" : "2025-08-08T12:40:26.009Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "248"
      ],
      "favorite_count" : "1",
      "id_str" : "1953784155396848447",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953784155396848447",
      "created_at" : "Fri Aug 08 11:43:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The Main St bus lane initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Our first try at a fare-free week in March didn't work. Lesson learned, round two starts Wednesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953783354919322904",
            "1953784155396848447"
          ],
          "editableUntil" : "2025-08-08T12:40:26.009Z",
          "editsRemaining" : "4",
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
        "248"
      ],
      "favorite_count" : "10",
      "id_str" : "1953783354919322904",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953783354919322904",
      "created_at" : "Fri Aug 08 11:40:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The Main St bus lane initiative has achieved key milestones in ailgnment with stakeholder deliverables and our long-range capital program. Our first try at a fare-free week in March didn't work. Lesson learned, round two starts Wednesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953619315860377249"
          ],
          "editableUntil" : "2025-08-08T01:48:36.049Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "166",
              "174"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/2ZYd7ULf1A",
            "expanded_url" : "https://www.rrta.example/survey/bluffton",
            "display_url" : "www.rrta.example/survey/b…",
            "indices" : [
              "142",
              "165"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "0",
      "id_str" : "1953619315860377249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953619315860377249",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 08 00:48:36 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dragon Boat races is this Friday at Riverton General Hospital. Looks like fun. Fixed the broken link from my last post, sorry about that: https://t.co/2ZYd7ULf1A #transit 🚲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953571295810673072"
          ],
          "editableUntil" : "2025-08-07T22:37:47.177Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "126",
              "135"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          },
          {
            "name" : "Tessa Nguyen",
            "screen_name" : "tessarides",
            "indices" : [
              "96",
              "107"
            ],
            "id_str" : "3127294018",
            "id" : "3127294018"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "2",
      "id_str" : "1953571295810673072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953571295810673072",
      "created_at" : "Thu Aug 07 21:37:47 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Nothing beats the view of the river from Northside Mall on a clear morning. H/t @tessarides for the heads up. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1953546559446914354",
          "editControlInitial" : {
            "editTweetIds" : [
              "1953546559446914354",
              "1953550207188136047"
            ],
            "editableUntil" : "2025-08-07T20:59:29.569Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "184"
      ],
      "favorite_count" : "1",
      "id_str" : "1953550207188136047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953550207188136047",
      "created_at" : "Thu Aug 07 20:13:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from Central Station on a clear morning. I got the time wrong in my last post. Route 25 leaves the fairgrounds at 7:20 am. That's on me. 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953546559446914354",
            "1953550207188136047"
          ],
          "editableUntil" : "2025-08-07T20:59:29.569Z",
          "editsRemaining" : "4",
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
        "184"
      ],
      "favorite_count" : "0",
      "id_str" : "1953546559446914354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953546559446914354",
      "created_at" : "Thu Aug 07 19:59:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the rvier from Central Station on a clear morning. I got the time wrong in my last post. Route 25 leaves the fairgrounds at 7:20 am. That's on me. 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953471014511816157"
          ],
          "editableUntil" : "2025-08-07T15:59:18.252Z",
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
        "173"
      ],
      "favorite_count" : "2",
      "id_str" : "1953471014511816157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953471014511816157",
      "created_at" : "Thu Aug 07 14:59:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Parkside. Saw 253 people at the fairgrounds for the Fourth of July fireworks. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1953431705134626564",
          "editControlInitial" : {
            "editTweetIds" : [
              "1953431705134626564",
              "1953432697036987240"
            ],
            "editableUntil" : "2025-08-07T13:23:06.167Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "97",
              "108"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "0",
      "id_str" : "1953432697036987240",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1953432697036987240",
      "created_at" : "Thu Aug 07 12:27:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Eastgate: more trips on Route 4 starting August 19. Stay cool out there! Teamwork: @hwhitcombe and our ops crew sorted out the Route 4 detour in an hour. 😊🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953431705134626564",
            "1953432697036987240"
          ],
          "editableUntil" : "2025-08-07T13:23:06.167Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "97",
              "108"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "9",
      "id_str" : "1953431705134626564",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953431705134626564",
      "created_at" : "Thu Aug 07 12:23:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Eastgate: more trips on Route 4 starting August 19. Stay cool out there! Teamwork: @hwhitcombe and our ops crew sorted out the Route 4 dteour in an hour. 😊🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953422539324862251"
          ],
          "editableUntil" : "2025-08-07T12:46:40.867Z",
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
        "210"
      ],
      "favorite_count" : "0",
      "id_str" : "1953422539324862251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953422539324862251",
      "created_at" : "Thu Aug 07 11:46:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a jacket on bus 2006? It's waiting for you at Northside Transfer Center. Proud to serve Riverton riders every day. Great question! I don't know offhand, but our planning team does. Checking now. 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953190807311566247"
          ],
          "editableUntil" : "2025-08-06T21:25:51.650Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mom Eastgate",
            "screen_name" : "mom_eastgate",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "34277281777058130",
            "id" : "34277281777058130"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1953188698922510183",
      "id_str" : "1953190807311566247",
      "in_reply_to_user_id" : "34277281777058130",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953190807311566247",
      "in_reply_to_status_id" : "1953188698922510183",
      "created_at" : "Wed Aug 06 20:25:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@mom_eastgate Hi there! Yes! Fare capping works with phone pay too, on the Crosstown Connector and every other route. It is on the website. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mom_eastgate",
      "in_reply_to_user_id_str" : "34277281777058130"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952831822437120056"
          ],
          "editableUntil" : "2025-08-05T21:39:22.986Z",
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
        "181"
      ],
      "favorite_count" : "5",
      "id_str" : "1952831822437120056",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952831822437120056",
      "created_at" : "Tue Aug 05 20:39:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the county courthouse on a clear morning. Great question! I do not know offhand, but our fares team does. Checking now. Stay cool out there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952759908901007375"
          ],
          "editableUntil" : "2025-08-05T16:53:37.463Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "9",
      "id_str" : "1952759908901007375",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952759908901007375",
      "created_at" : "Tue Aug 05 15:53:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from the county courthouse on a clear morning. Thank you, Riverton! Experiment time: a transit scavenger hunt on the 34 this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952739833670262221"
          ],
          "editableUntil" : "2025-08-05T15:33:51.155Z",
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
        "urls" : [
          {
            "url" : "https://t.co/kvb9M18h7h",
            "expanded_url" : "https://x.com/oliviarides/status/1952447619448982838",
            "display_url" : "x.com/oliviarides/status/…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "8",
      "id_str" : "1952739833670262221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952739833670262221",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 05 14:33:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Paratransit trips for Friday can be booked until 7:35 today. Call or use the app. Thank you, Riverton! Make sense? https://t.co/kvb9M18h7h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952429515347851774"
          ],
          "editableUntil" : "2025-08-04T19:00:45.502Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "117",
              "126"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "3",
              "10"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1952429515347851774",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952429515347851774",
      "created_at" : "Mon Aug 04 18:00:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Service update: the River Days festival is this Wednesday at Riverton Community College. Looks like fun. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952382414162189991"
          ],
          "editableUntil" : "2025-08-04T15:53:35.704Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ms Dad",
            "screen_name" : "ms_dad",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "51524104124664860",
            "id" : "51524104124664860"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1951687152948299873",
      "id_str" : "1952382414162189991",
      "in_reply_to_user_id" : "51524104124664860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952382414162189991",
      "in_reply_to_status_id" : "1951687152948299873",
      "created_at" : "Mon Aug 04 14:53:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@ms_dad We're sorry this happened. That's not OK. We've pulled bus 1248 to fix the ramp today. I was wrong earlier, Route 1 does stop at Victory Pkwy &amp; Terrace Pl.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ms_dad",
      "in_reply_to_user_id_str" : "51524104124664860"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952362280775709442"
          ],
          "editableUntil" : "2025-08-04T14:33:35.531Z",
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
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1952362280775709442",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1952362280775709442",
      "created_at" : "Mon Aug 04 13:33:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 40,842 people at West High School for the Juneteenth parade. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952338741972417193"
          ],
          "editableUntil" : "2025-08-04T13:00:03.442Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "92",
              "99"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/SBP24mtvnd",
            "expanded_url" : "https://x.com/praman/status/1952317475741194437",
            "display_url" : "x.com/praman/status/19523…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "3",
      "id_str" : "1952338741972417193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952338741972417193",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 04 12:00:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. H/t @praman for the heads up. Appreciate every one of you. https://t.co/SBP24mtvnd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951385820936589660"
          ],
          "editableUntil" : "2025-08-01T21:53:29.363Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nightriverbend1",
            "screen_name" : "nightriverbend1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "32963090459047939",
            "id" : "32963090459047939"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1951362744097989135",
      "id_str" : "1951385820936589660",
      "in_reply_to_user_id" : "32963090459047939",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951385820936589660",
      "in_reply_to_status_id" : "1951362744097989135",
      "created_at" : "Fri Aug 01 20:53:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightriverbend1 So sorry to hear about your morning. Thanks for telling us. We've sent this to the 36 supervisor to talk with the driver. Hope that helps! ☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightriverbend1",
      "in_reply_to_user_id_str" : "32963090459047939"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951349912386494125"
          ],
          "editableUntil" : "2025-08-01T19:30:48.098Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/1CaQyRmNgG",
            "expanded_url" : "https://www.rrta.example/schedules/august-5",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1951348483012873949",
      "id_str" : "1951349912386494125",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951349912386494125",
      "in_reply_to_status_id" : "1951348483012873949",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 01 18:30:48 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The jazz festival is this Thursday at the Farmers Market. Looks like fun. Fixed the broken link from my last post, sorry about that: https://t.co/1CaQyRmNgG",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951348483012873949"
          ],
          "editableUntil" : "2025-08-01T19:25:07.308Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "118",
              "126"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1951348483012873949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951348483012873949",
      "created_at" : "Fri Aug 01 18:25:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the Better Stops program: we finished the Quarry Hill stops. More soon. Have a great weekend, everyone! #transit 😄🙌 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951344036010938479"
          ],
          "editableUntil" : "2025-08-01T19:07:27.061Z",
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
              "139",
              "153"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "154",
              "162"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AZ3E41KIWE",
            "expanded_url" : "https://www.rrta.example/maps/route-14",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "8",
      "id_str" : "1951344036010938479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951344036010938479",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 01 18:07:27 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 23,947 trips on Thursday alone. Fixed the broken link from my last post, sorry about that: https://t.co/AZ3E41KIWE #accessibility #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951301152706026052"
          ],
          "editableUntil" : "2025-08-01T16:17:02.884Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "179",
              "191"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "192",
              "201"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "4",
      "id_str" : "1951301152706026052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951301152706026052",
      "created_at" : "Fri Aug 01 15:17:02 +0000 2025",
      "favorited" : false,
      "full_text" : "The food truck rally is this Monday at Riverton Community College. Looks like fun. Saw 330 people at Riverton Community College for the food truck rally. Riverton, you showed up! #DetourAlert #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950975260354961815"
          ],
          "editableUntil" : "2025-07-31T18:42:04.093Z",
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
        "176"
      ],
      "favorite_count" : "9",
      "id_str" : "1950975260354961815",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950975260354961815",
      "created_at" : "Thu Jul 31 17:42:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton is beautiful today. Perfect day for a walk along the river in Northside. Nothing beats the view of the river from the Senior Center on a clear morning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950669224304605975"
          ],
          "editableUntil" : "2025-07-30T22:25:59.412Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gOT6lYpHsH",
            "expanded_url" : "https://www.rrta.example/news/cinco-de-mayo-festival",
            "display_url" : "www.rrta.example/news/cin…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1950669224304605975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950669224304605975",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 30 21:25:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: We want your ideas for the microtransit zone in Southport. Take the 5-minute survey: https://t.co/gOT6lYpHsH 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950647358250748065"
          ],
          "editableUntil" : "2025-07-30T20:59:06.139Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "10",
      "id_str" : "1950647358250748065",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950647358250748065",
      "created_at" : "Wed Jul 30 19:59:06 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Municipal offices will observe modified operating hours on Friday in connection with the Fourth of July fireworks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950625300273006794"
          ],
          "editableUntil" : "2025-07-30T19:31:27.107Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "101",
              "109"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1950624677464211809",
      "id_str" : "1950625300273006794",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950625300273006794",
      "in_reply_to_status_id" : "1950624677464211809",
      "created_at" : "Wed Jul 30 18:31:27 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Reminder: Saw 22,197 people at the Amtrak station for Pride in the Park. Riverton, you showed up! #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950624677464211809"
          ],
          "editableUntil" : "2025-07-30T19:28:58.618Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "96"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1950623554935746031",
      "id_str" : "1950624677464211809",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950624677464211809",
      "in_reply_to_status_id" : "1950623554935746031",
      "created_at" : "Wed Jul 30 18:28:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: heavy trfafic is slowing down Route 42 and Route 6. Give yourself an extra 15 minutes.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950623554935746031"
          ],
          "editableUntil" : "2025-07-30T19:24:30.986Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "169",
              "185"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1950622068581663215",
      "id_str" : "1950623554935746031",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950623554935746031",
      "in_reply_to_status_id" : "1950622068581663215",
      "created_at" : "Wed Jul 30 18:24:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the paratransit booking app at Harbor Point on Friday at 6:30 am. Fun fact: we have 105 stops and someone has named every shelter cat! #RivertonTransit",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950622068581663215"
          ],
          "editableUntil" : "2025-07-30T19:18:36.612Z",
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
        "urls" : [
          {
            "url" : "https://t.co/gtd5VTqEr1",
            "expanded_url" : "https://www.rrta.example/schedules/july-20",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "8",
      "id_str" : "1950622068581663215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950622068581663215",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 30 18:18:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/gtd5VTqEr1 Proud of our team for getting the 88 back on schedule so fast. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950222327984097709"
          ],
          "editableUntil" : "2025-07-29T16:50:11.027Z",
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
        "urls" : [
          {
            "url" : "https://t.co/skuHFBVFbw",
            "expanded_url" : "https://www.rrta.example/schedules/july-26",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "157",
              "180"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "1",
      "id_str" : "1950222327984097709",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950222327984097709",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 29 15:50:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Boardings on Route 24 reached 142 for the reporting period, exceeding established performance benchmarks. More people are riding: 142 trips on Monday alone. https://t.co/skuHFBVFbw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950172344361912305"
          ],
          "editableUntil" : "2025-07-29T13:31:34.002Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "6",
      "id_str" : "1950172344361912305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950172344361912305",
      "created_at" : "Tue Jul 29 12:31:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Route 1 service is being rerouted to facilitate emergency incident response activities; impacted customers are encouraged to…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950018918696847604"
          ],
          "editableUntil" : "2025-07-29T03:21:54.473Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "123",
              "136"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "2",
      "id_str" : "1950018918696847604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950018918696847604",
      "created_at" : "Tue Jul 29 02:21:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 31,976 people at the Amtrak station for the Riverton Marathon. Riverton, you showed up! Thank you, Riverton! Thanks to @RiverHawksFC for the photo!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949884137047656805"
          ],
          "editableUntil" : "2025-07-28T18:26:20.024Z",
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
        "198"
      ],
      "favorite_count" : "1",
      "id_str" : "1949884137047656805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949884137047656805",
      "created_at" : "Mon Jul 28 17:26:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Boardings on the 24 reached 18,589 for the reporting period, exceeding established performance benchmarks. Update: earlier I said the survey closes Monday. It closes Wednesday. My mistake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949864122204171523"
          ],
          "editableUntil" : "2025-07-28T17:06:48.114Z",
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
        "urls" : [
          {
            "url" : "https://t.co/nhPd9uYEdm",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "165",
              "188"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "7",
      "id_str" : "1949864122204171523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949864122204171523",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 28 16:06:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from St. Luke's Clinic on a clear morning. Going forward, we'll leverage these learnings to optimize farebox recovery. https://t.co/nhPd9uYEdm 🚲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949836721852889669"
          ],
          "editableUntil" : "2025-07-28T15:17:55.361Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "88",
              "98"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "99",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1949836092232145155",
      "id_str" : "1949836721852889669",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949836721852889669",
      "in_reply_to_status_id" : "1949836092232145155",
      "created_at" : "Mon Jul 28 14:17:55 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Stay safe in the snow. Warming buses are parked at Central Station and the ballpark. #RiverDays #Riverton 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949836092232145155"
          ],
          "editableUntil" : "2025-07-28T15:15:25.247Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "81",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "15",
      "id_str" : "1949836092232145155",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1949836092232145155",
      "created_at" : "Mon Jul 28 14:15:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Kingsley. #RiverDays ☀️ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948851111697384785"
          ],
          "editableUntil" : "2025-07-25T22:01:27.588Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "110",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "id_str" : "1948851111697384785",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1948851111697384785",
      "created_at" : "Fri Jul 25 21:01:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton Regional Transit recognizes Ms. Carla for 8 years of exemplary service delivery on the 26. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948764007731483943"
          ],
          "editableUntil" : "2025-07-25T16:15:20.384Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "2",
      "id_str" : "1948764007731483943",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948764007731483943",
      "created_at" : "Fri Jul 25 15:15:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Tiny victory of the day: the Eastgate Transit Center shelter finally has its bench back. Found on Route 39: a laptop bag.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948553997487834012"
          ],
          "editableUntil" : "2025-07-25T02:20:50.040Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "171"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1948553268722309674",
      "id_str" : "1948553997487834012",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948553997487834012",
      "in_reply_to_status_id" : "1948553268722309674",
      "created_at" : "Fri Jul 25 01:20:50 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Riverton is beautiful today. Perfect day for a walk along the river in Fairview. Stay cool out there! This is why transit matters: kids get to summer school for free. ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948553268722309674"
          ],
          "editableUntil" : "2025-07-25T02:17:56.289Z",
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
        "175"
      ],
      "favorite_count" : "3",
      "id_str" : "1948553268722309674",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948553268722309674",
      "created_at" : "Fri Jul 25 01:17:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Linden Park. Great question! I don't know offhand, but our planning team does. Checking now. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948484572850876349"
          ],
          "editableUntil" : "2025-07-24T21:44:57.917Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zhey",
            "screen_name" : "zhey",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "62653581287277007",
            "id" : "62653581287277007"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1948481362495186899",
      "id_str" : "1948484572850876349",
      "in_reply_to_user_id" : "62653581287277007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948484572850876349",
      "in_reply_to_status_id" : "1948481362495186899",
      "created_at" : "Thu Jul 24 20:44:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@zhey Hey! Items found on buses go to University Station within a day. Give them a call at 555-0142. We're testing a rider Q&amp;A on video soon, so your feedback really helps. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zhey",
      "in_reply_to_user_id_str" : "62653581287277007"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948356366296938488"
          ],
          "editableUntil" : "2025-07-24T13:15:31.092Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "16",
              "29"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1BX2BK1V31",
            "expanded_url" : "https://x.com/dalerides/status/1948099192591927319",
            "display_url" : "x.com/dalerides/status/19…",
            "indices" : [
              "208",
              "231"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "6",
      "id_str" : "1948356366296938488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948356366296938488",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 24 12:15:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonCity. Update on the Route 9 redesign: the app beta has 298 testers. I got the time wrong in my last post. Route 37 leaves State St &amp; Maple St at 7:25 am. That's on me. Sound good? 👏✨ https://t.co/1BX2BK1V31",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948081360692819171"
          ],
          "editableUntil" : "2025-07-23T19:02:44.647Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "201"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1948080397676001114",
      "id_str" : "1948081360692819171",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948081360692819171",
      "in_reply_to_status_id" : "1948080397676001114",
      "created_at" : "Wed Jul 23 18:02:44 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ The Riverfront concert series is Tuesday. Buses will drop off at Riverton General Hospital, two blocks from the entrance. This is why transit matters: seniors get to Southport Walmart without a car.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948080397676001114"
          ],
          "editableUntil" : "2025-07-23T18:58:55.046Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "165",
              "179"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1948079464067582731",
      "id_str" : "1948080397676001114",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948080397676001114",
      "in_reply_to_status_id" : "1948079464067582731",
      "created_at" : "Wed Jul 23 17:58:55 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The 37 can't get down Grand Ave today (a gas leak), so it's using Bluff St. Proud to serve Riverton riders every day. Fun fact: the bus wash uses recycled water! #accessibility",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948079464067582731"
          ],
          "editableUntil" : "2025-07-23T18:55:12.456Z",
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
        "242"
      ],
      "favorite_count" : "6",
      "id_str" : "1948079464067582731",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948079464067582731",
      "created_at" : "Wed Jul 23 17:55:12 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at Main St &amp; Washington Ave is done, so boarding with a wheelchair or stroller is easier. Fun fact: the Green Line is the busiest route on Mondays! Any changes to the Green Line will only be considered after a full evaluation. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947994597517409625"
          ],
          "editableUntil" : "2025-07-23T13:17:58.694Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1947994597517409625",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947994597517409625",
      "created_at" : "Wed Jul 23 12:17:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: The summer block party is this Monday at the fairgrounds. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947668197540606049"
          ],
          "editableUntil" : "2025-07-22T15:40:58.875Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zk",
            "screen_name" : "zk",
            "indices" : [
              "0",
              "3"
            ],
            "id_str" : "30088163590086585",
            "id" : "30088163590086585"
          },
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "96",
              "112"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1947646973054508265",
      "id_str" : "1947668197540606049",
      "in_reply_to_user_id" : "30088163590086585",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1947668197540606049",
      "in_reply_to_status_id" : "1947646973054508265",
      "created_at" : "Tue Jul 22 14:40:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@zk Hey! Thanks! We'll pull bus 1986 for an AC check when it gets back to the garage. Thanks to @mayaokafor_rrta on our ops team for tracking this down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zk",
      "in_reply_to_user_id_str" : "30088163590086585"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947492024699875349"
          ],
          "editableUntil" : "2025-07-22T04:00:55.997Z",
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
        "247"
      ],
      "favorite_count" : "2",
      "id_str" : "1947492024699875349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947492024699875349",
      "created_at" : "Tue Jul 22 03:00:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Sky over Memorial Park: sleepy. Stay safe in the high winds. Warming buses are parked at Northside Transfer Center and Memorial Park. I stand corrected: a rider pointed out the Summit Ave &amp; River Rd stop moved to Garfield Ave. Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947472400506438531"
          ],
          "editableUntil" : "2025-07-22T02:42:57.225Z",
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
        "205"
      ],
      "favorite_count" : "0",
      "id_str" : "1947472400506438531",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947472400506438531",
      "created_at" : "Tue Jul 22 01:42:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Municipal offices will observe modified operating hours on Tuesday in connection with the River Hawks home opener. Riverton is beautiful today. Perfect day for a walk along the river in Westgate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947436481044336431"
          ],
          "editableUntil" : "2025-07-22T00:20:13.358Z",
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
        "urls" : [
          {
            "url" : "https://t.co/6wMowFfUxU",
            "expanded_url" : "https://www.rrta.example/maps/route-4",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "12",
      "id_str" : "1947436481044336431",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947436481044336431",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 21 23:20:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Riverbend. Fun fact: the Airport Flyer crosses the river four times! https://t.co/6wMowFfUxU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947384899223355123"
          ],
          "editableUntil" : "2025-07-21T20:55:15.293Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcus Hill",
            "screen_name" : "mhill",
            "indices" : [
              "3",
              "9"
            ],
            "id_str" : "931042095",
            "id" : "931042095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "6",
      "id_str" : "1947384899223355123",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1947384899223355123",
      "created_at" : "Mon Jul 21 19:55:15 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Nothing beats the view of the river from Riverton General Hospital on a clear morning. Buses get our residents to jobs, school a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947383209367806136"
          ],
          "editableUntil" : "2025-07-21T20:48:32.400Z",
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
        "urls" : [
          {
            "url" : "https://t.co/9hyxAr53yG",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "199",
              "222"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "4",
      "id_str" : "1947383209367806136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947383209367806136",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 21 19:48:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Mr. Leon has driven the Crosstown Connector for 13 years and still knows every regular by name. It's in the schedule. Update: earlier I said the survey closes Thursday. It closes Monday. My mistake. https://t.co/9hyxAr53yG 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947347063680140073"
          ],
          "editableUntil" : "2025-07-21T18:24:54.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1947347063680140073",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947347063680140073",
      "created_at" : "Mon Jul 21 17:24:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Municipal offices will observe modified operating hours on Saturday in conneciton with the food truck rally. Anyone else see…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946930556506209618"
          ],
          "editableUntil" : "2025-07-20T14:49:51.548Z",
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
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "1946930556506209618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946930556506209618",
      "created_at" : "Sun Jul 20 13:49:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: New curb ramp at Union St &amp; Mill St is done, so boarding with a wheelchair or stroller is easier. 🙌😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946221987986947658"
          ],
          "editableUntil" : "2025-07-18T15:54:15.649Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "168",
              "176"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "135",
              "146"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/OpMUY89oVU",
            "expanded_url" : "https://x.com/mhill/status/1945656014547885995",
            "display_url" : "x.com/mhill/status/194565…",
            "indices" : [
              "177",
              "200"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "1",
      "id_str" : "1946221987986947658",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946221987986947658",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 18 14:54:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Saw 84 people at the county courthouse for Pride in the Park. Riverton, you showed up! Not my area of expertise, so I asked @aishabello. Answer coming soon. #busstop https://t.co/OpMUY89oVU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945968133274433361"
          ],
          "editableUntil" : "2025-07-17T23:05:31.969Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1945968133274433361",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945968133274433361",
      "created_at" : "Thu Jul 17 22:05:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Service update: The City of Riverton has announced the schedule for the air show, which will take place at the Food Co-op.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945872181664941004"
          ],
          "editableUntil" : "2025-07-17T16:44:15.322Z",
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
        "urls" : [
          {
            "url" : "https://t.co/Spdpki7jbk",
            "expanded_url" : "https://x.com/nadiahaddad_rrt/status/1945614208692739000",
            "display_url" : "x.com/nadiahaddad_rrt/sta…",
            "indices" : [
              "208",
              "231"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "0",
      "id_str" : "1945872181664941004",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945872181664941004",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 17 15:44:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: Effective July 23, the service change implementation will optimize headways on the Airport Flyer to enhance network-level connectivity and throughput. Fun fact: the bus wash uses recycled water! https://t.co/Spdpki7jbk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945856199660585259"
          ],
          "editableUntil" : "2025-07-17T15:40:44.916Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Deejess",
            "screen_name" : "deejess",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "50559959231350452",
            "id" : "50559959231350452"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1945630008918887930",
      "id_str" : "1945856199660585259",
      "in_reply_to_user_id" : "50559959231350452",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1945856199660585259",
      "in_reply_to_status_id" : "1945630008918887930",
      "created_at" : "Thu Jul 17 14:40:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@deejess We apologize for the delay. The next 3 is about 10 minutes away from Ferry St &amp; Summit Ave. Let us know if you need anything else. ❄️☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "deejess",
      "in_reply_to_user_id_str" : "50559959231350452"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945855346867780455"
          ],
          "editableUntil" : "2025-07-17T15:37:21.594Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chris Dunn",
            "screen_name" : "chris_dunn",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4075371582538195968",
            "id" : "4075371582538195968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1945855346867780455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945855346867780455",
      "created_at" : "Thu Jul 17 14:37:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Service update: the River Days festival is this Thursday at Memorial Park. Looks like fun. Nothing beats the view of the ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945675447360829981"
          ],
          "editableUntil" : "2025-07-17T03:42:30.209Z",
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
        "152"
      ],
      "favorite_count" : "0",
      "id_str" : "1945675447360829981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945675447360829981",
      "created_at" : "Thu Jul 17 02:42:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Good news for Bluffton: more trips on Route 16 starting July 31. New schedules start July 31. Route 16 will come every 15 minutes on weekdays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945523119200869148"
          ],
          "editableUntil" : "2025-07-16T17:37:12.346Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nightdj1985",
            "screen_name" : "nightdj1985",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "60778492412318962",
            "id" : "60778492412318962"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1945511436639540570",
      "id_str" : "1945523119200869148",
      "in_reply_to_user_id" : "60778492412318962",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1945523119200869148",
      "in_reply_to_status_id" : "1945511436639540570",
      "created_at" : "Wed Jul 16 16:37:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightdj1985 Thank you for contacting Riverton Regional Transit. We apologize for the delay. Accessibility deficiencies are addressed as a priority; maintenance personnel have been dispatched to Eastgate Transit Center.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightdj1985",
      "in_reply_to_user_id_str" : "60778492412318962"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945502901142822330"
          ],
          "editableUntil" : "2025-07-16T16:16:51.985Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Msriverton2008",
            "screen_name" : "msriverton2008",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "46131133577082530",
            "id" : "46131133577082530"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/mgeiLS3qFH",
            "expanded_url" : "https://www.rrta.example/alerts/march-20-route-14",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1945445779508925030",
      "id_str" : "1945502901142822330",
      "in_reply_to_user_id" : "46131133577082530",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945502901142822330",
      "in_reply_to_status_id" : "1945445779508925030",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 16 15:16:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@msriverton2008 Hello! We are looking at service to Kingsley as part of the Night Owl expansion. Tell us more here: https://t.co/mgeiLS3qFH Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msriverton2008",
      "in_reply_to_user_id_str" : "46131133577082530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945495292690614624"
          ],
          "editableUntil" : "2025-07-16T15:46:37.989Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dee Ms95",
            "screen_name" : "dee_ms95",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "67009097907733559",
            "id" : "67009097907733559"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1945267198933316298",
      "id_str" : "1945495292690614624",
      "in_reply_to_user_id" : "67009097907733559",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1945495292690614624",
      "in_reply_to_status_id" : "1945267198933316298",
      "created_at" : "Wed Jul 16 14:46:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_ms95 Hey! Yes, students ride free all summer with a school ID, Route 26 included. Let us know if you need anything else. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_ms95",
      "in_reply_to_user_id_str" : "67009097907733559"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945185676216392671"
          ],
          "editableUntil" : "2025-07-15T19:16:19.669Z",
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
        "199"
      ],
      "favorite_count" : "2",
      "id_str" : "1945185676216392671",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945185676216392671",
      "created_at" : "Tue Jul 15 18:16:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The elevator at Southport Station is out of service. Use the ramp on the Monroe St side. Earlier I said Route 61 skips Monroe St. I was wrong: only the Monroe St &amp; Grand Ave stop is closed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1945166696786107810",
          "editControlInitial" : {
            "editTweetIds" : [
              "1945166696786107810",
              "1945171800822691484"
            ],
            "editableUntil" : "2025-07-15T18:00:54.620Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "11",
      "id_str" : "1945171800822691484",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945171800822691484",
      "created_at" : "Tue Jul 15 17:21:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Extra buses for the River Hawks home opener this Thursday! Skip the parking and ride Route 61.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945166696786107810",
            "1945171800822691484"
          ],
          "editableUntil" : "2025-07-15T18:00:54.620Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "1945166696786107810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945166696786107810",
      "created_at" : "Tue Jul 15 17:00:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Extra bsues for the River Hawks home opener this Thursday! Skip the parking and ride Route 61.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945119073096415338"
          ],
          "editableUntil" : "2025-07-15T14:51:40.247Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "7",
      "id_str" : "1945119073096415338",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945119073096415338",
      "created_at" : "Tue Jul 15 13:51:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Riverton is beautiful today. Perfect day for a walk along the river in Linden Park. Our riders deserve reliable servic…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944905840482385836"
          ],
          "editableUntil" : "2025-07-15T00:44:21.631Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "139",
              "146"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "4",
      "id_str" : "1944905840482385836",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944905840482385836",
      "created_at" : "Mon Jul 14 23:44:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Riverfront concert series is this Monday at Riverton Community College. Looks like fun. Not my area of expertise, so I asked @praman. Answer coming soon. Questions? Just ask!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944851430161084937"
          ],
          "editableUntil" : "2025-07-14T21:08:09.199Z",
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
        "203"
      ],
      "favorite_count" : "4",
      "id_str" : "1944851430161084937",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944851430161084937",
      "created_at" : "Mon Jul 14 20:08:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: If the 39 had a soundtrack, this morning it would be a slow jazz tune. Saw 32,219 people at the Amtrak station for the Memorial Day ceremony. Riverton, you showed up! Stay cool out there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944790316050757494"
          ],
          "editableUntil" : "2025-07-14T17:05:18.460Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "251",
              "259"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "259"
      ],
      "favorite_count" : "6",
      "id_str" : "1944790316050757494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944790316050757494",
      "created_at" : "Mon Jul 14 16:05:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Kwame humming along. Saw 7,310 people at City Hall for the Bike to Work Day breakfast. Riverton, you showed up! Experiment time: on-demand rides in Old Mill on the 4 this month. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944773414895843874"
          ],
          "editableUntil" : "2025-07-14T15:58:08.910Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Deeriverton86",
            "screen_name" : "deeriverton86",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "7688800337840942",
            "id" : "7688800337840942"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1944357159626311040",
      "id_str" : "1944773414895843874",
      "in_reply_to_user_id" : "7688800337840942",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944773414895843874",
      "in_reply_to_status_id" : "1944357159626311040",
      "created_at" : "Mon Jul 14 14:58:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@deeriverton86 Hey! A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Harbor Point Station. We're working on it together with operations!",
      "lang" : "en",
      "in_reply_to_screen_name" : "deeriverton86",
      "in_reply_to_user_id_str" : "7688800337840942"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943779333848947440"
          ],
          "editableUntil" : "2025-07-11T22:08:01.520Z",
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
        "urls" : [
          {
            "url" : "https://t.co/5hjHTf3wDI",
            "expanded_url" : "https://x.com/nadiahaddad_rrt/status/1943252496133970417",
            "display_url" : "x.com/nadiahaddad_rrt/sta…",
            "indices" : [
              "194",
              "217"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "11",
      "id_str" : "1943779333848947440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943779333848947440",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 11 21:08:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. A rider told me she has taken the Red Line to the same job for 18 years and never once missed a shift. The flood warning is here. Buses are running but expect delays of 15 minutes. ✨ https://t.co/5hjHTf3wDI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943770001060423056"
          ],
          "editableUntil" : "2025-07-11T21:30:56.410Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1943770001060423056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943770001060423056",
      "created_at" : "Fri Jul 11 20:30:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The Memorial Day ceremony is this Tuesday at West High School. Looks like fun!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1943035918603221236",
          "editControlInitial" : {
            "editTweetIds" : [
              "1943035918603221236",
              "1943040645110450137"
            ],
            "editableUntil" : "2025-07-09T20:53:57.513Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "99",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "9",
      "id_str" : "1943040645110450137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943040645110450137",
      "created_at" : "Wed Jul 09 20:12:44 +0000 2025",
      "favorited" : false,
      "full_text" : "The ice storm is here. Buses are running but expect delays of 40 minutes. Anyone else seeing this? #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943035918603221236",
            "1943040645110450137"
          ],
          "editableUntil" : "2025-07-09T20:53:57.513Z",
          "editsRemaining" : "4",
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
              "99",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1943035918603221236",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1943035918603221236",
      "created_at" : "Wed Jul 09 19:53:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The ice storm is here. Buses are running but expect dleays of 40 minutes. Anyone else seeing this? #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942954147486816364"
          ],
          "editableUntil" : "2025-07-09T15:29:01.760Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Skaterk72",
            "screen_name" : "skaterk72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "18439361655976984",
            "id" : "18439361655976984"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/obArlfKBnC",
            "expanded_url" : "https://www.rrta.example/survey/cedar-heights",
            "display_url" : "www.rrta.example/survey/c…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1942937268264307763",
      "id_str" : "1942954147486816364",
      "in_reply_to_user_id" : "18439361655976984",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942954147486816364",
      "in_reply_to_status_id" : "1942937268264307763",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 09 14:29:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterk72 Hi there! We're sorry this happened. You can sign up for paratransit at https://t.co/obArlfKBnC or call 555-0177. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterk72",
      "in_reply_to_user_id_str" : "18439361655976984"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942586118899385524"
          ],
          "editableUntil" : "2025-07-08T15:06:36.907Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1942586118899385524",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942586118899385524",
      "created_at" : "Tue Jul 08 14:06:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: New schedules start July 12. Route 36 will come every 20 minutes on weekdays. Please share with your neighbors who ride Rou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942313218543588573"
          ],
          "editableUntil" : "2025-07-07T21:02:12.392Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Community College",
            "screen_name" : "RivertonCC",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1942313218543588573",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942313218543588573",
      "created_at" : "Mon Jul 07 20:02:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Old Mill. We're trying something new…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942272780105331249"
          ],
          "editableUntil" : "2025-07-07T18:21:31.117Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "77",
              "86"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1942272780105331249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942272780105331249",
      "created_at" : "Mon Jul 07 17:21:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Millworks Lofts on a clear morning. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942264210125612689"
          ],
          "editableUntil" : "2025-07-07T17:47:27.874Z",
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
        "128"
      ],
      "favorite_count" : "2",
      "id_str" : "1942264210125612689",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942264210125612689",
      "created_at" : "Mon Jul 07 16:47:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Stay safe in the thunderstorm. Warming buses are parked at Central Station and Central Station. Sound good? 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941994590374899255"
          ],
          "editableUntil" : "2025-07-06T23:56:05.517Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Heybusrider7",
            "screen_name" : "heybusrider7",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "65853746555540128",
            "id" : "65853746555540128"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1941981356856622447",
      "id_str" : "1941994590374899255",
      "in_reply_to_user_id" : "65853746555540128",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1941994590374899255",
      "in_reply_to_status_id" : "1941981356856622447",
      "created_at" : "Sun Jul 06 22:56:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@heybusrider7 That's not OK. We've logged it and operations will review the video from bus 1273. Have a good one! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "heybusrider7",
      "in_reply_to_user_id_str" : "65853746555540128"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941116643017889838"
          ],
          "editableUntil" : "2025-07-04T13:47:26.555Z",
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
        "urls" : [
          {
            "url" : "https://t.co/64d8nkT0t8",
            "expanded_url" : "https://x.com/RivCountyHealth/status/1940571452953268879",
            "display_url" : "x.com/RivCountyHealth/sta…",
            "indices" : [
              "207",
              "230"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "6",
      "id_str" : "1941116643017889838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941116643017889838",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 04 12:47:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Prairie View. Implementation of the bus shelter redesign continues to progress consistent with established timelines, with implementation sequencing aligned with capital programming constraints. https://t.co/64d8nkT0t8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940791347571748652"
          ],
          "editableUntil" : "2025-07-03T16:14:50.077Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bikegirl Tj2009",
            "screen_name" : "bikegirl_tj2009",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "64952658408497102",
            "id" : "64952658408497102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1940772026380691043",
      "id_str" : "1940791347571748652",
      "in_reply_to_user_id" : "64952658408497102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940791347571748652",
      "in_reply_to_status_id" : "1940772026380691043",
      "created_at" : "Thu Jul 03 15:14:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirl_tj2009 Hey! This is so nice to hear. We will make sure Hiroshi sees it. I was wrong earlier, Route 34 does stop at Northside Mall!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirl_tj2009",
      "in_reply_to_user_id_str" : "64952658408497102"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940429402411321840"
          ],
          "editableUntil" : "2025-07-02T16:16:35.626Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerd K50",
            "screen_name" : "transitnerd_k50",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "51683135328213429",
            "id" : "51683135328213429"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1940213627023196729",
      "id_str" : "1940429402411321840",
      "in_reply_to_user_id" : "51683135328213429",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940429402411321840",
      "in_reply_to_status_id" : "1940213627023196729",
      "created_at" : "Wed Jul 02 15:16:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_k50 Hey there! The next 26 is about 4 minutes away from Sycamore St &amp; Kenwood Ave. You are right, I gave you the wrong stop. It is Sycamore St &amp; Kenwood Ave. That is on me. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_k50",
      "in_reply_to_user_id_str" : "51683135328213429"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1940013091750885308",
          "editControlInitial" : {
            "editTweetIds" : [
              "1940013091750885308",
              "1940015928288832664"
            ],
            "editableUntil" : "2025-07-01T12:42:19.430Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1940015928288832664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940015928288832664",
      "created_at" : "Tue Jul 01 11:53:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the snow. Warming buses are parked at Northside Transfer Center and Harbor Point!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940013091750885308",
            "1940015928288832664"
          ],
          "editableUntil" : "2025-07-01T12:42:19.430Z",
          "editsRemaining" : "4",
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
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1940013091750885308",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940013091750885308",
      "created_at" : "Tue Jul 01 11:42:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the snow. Warming bsues are parked at Northside Transfer Center and Harbor Point!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939800395397805010"
          ],
          "editableUntil" : "2025-06-30T22:37:08.668Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "3",
              "10"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "1939800395397805010",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939800395397805010",
      "created_at" : "Mon Jun 30 21:37:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Operational performance on the 34 and Route 33 is temporarily impacted by an unanticipated vehicle mechanical deficiency, resul…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939725919007594312"
          ],
          "editableUntil" : "2025-06-30T17:41:12.113Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "K Oldmill2001",
            "screen_name" : "k_oldmill2001",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2773416856006231",
            "id" : "2773416856006231"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1939651399370172283",
      "id_str" : "1939725919007594312",
      "in_reply_to_user_id" : "2773416856006231",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1939725919007594312",
      "in_reply_to_status_id" : "1939651399370172283",
      "created_at" : "Mon Jun 30 16:41:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@k_oldmill2001 We're sorry this happened. The 9:25 trip is our busiest. We've asked planning to add a bus. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "k_oldmill2001",
      "in_reply_to_user_id_str" : "2773416856006231"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939723834985018369"
          ],
          "editableUntil" : "2025-06-30T17:32:55.243Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "2",
      "id_str" : "1939723834985018369",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1939723834985018369",
      "created_at" : "Mon Jun 30 16:32:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Municipal offices will observe modified operating hours on Tuesday in connection with the Bike to Work Day breakfast. It's i…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939704866626726227"
          ],
          "editableUntil" : "2025-06-30T16:17:32.834Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Northside The R",
            "screen_name" : "northside_the_r",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "19472705060452314",
            "id" : "19472705060452314"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1939380836572239032",
      "id_str" : "1939704866626726227",
      "in_reply_to_user_id" : "19472705060452314",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1939704866626726227",
      "in_reply_to_status_id" : "1939380836572239032",
      "created_at" : "Mon Jun 30 15:17:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_the_r We apologize for the inconvenience. Thanks for telling us. We've sent this to the Route 9 supervisor to talk with the driver. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_the_r",
      "in_reply_to_user_id_str" : "19472705060452314"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938672308156097541"
          ],
          "editableUntil" : "2025-06-27T19:54:31.711Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "99",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1938672308156097541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938672308156097541",
      "created_at" : "Fri Jun 27 18:54:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the jazz festival this Tuesday! Skip the parking and ride the Crosstown Connector. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1937932187292322930",
          "editControlInitial" : {
            "editTweetIds" : [
              "1937932187292322930",
              "1937939319884249252"
            ],
            "editableUntil" : "2025-06-25T18:53:33.146Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "204"
      ],
      "favorite_count" : "5",
      "id_str" : "1937939319884249252",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937939319884249252",
      "created_at" : "Wed Jun 25 18:21:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 134 people at Millworks Lofts for the Bike to Work Day breakfast. Riverton, you showed up! Our first try at weekend service to Kingsley did not work. Lesson learned, round two starts Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937932187292322930",
            "1937939319884249252"
          ],
          "editableUntil" : "2025-06-25T18:53:33.146Z",
          "editsRemaining" : "4",
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
        "204"
      ],
      "favorite_count" : "4",
      "id_str" : "1937932187292322930",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937932187292322930",
      "created_at" : "Wed Jun 25 17:53:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 134 people at Millworks Lofts for the Bike to Work Day breakfast. Riverton, you showed up! Our first try at weekend sevrice to Kingsley did not work. Lesson learned, round two starts Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937919461845406616"
          ],
          "editableUntil" : "2025-06-25T18:02:59.163Z",
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
              "158",
              "173"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "nadiahaddad_rrt",
            "indices" : [
              "120",
              "136"
            ],
            "id_str" : "1137301973",
            "id" : "1137301973"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/oXpiHS390j",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "2",
      "id_str" : "1937919461845406616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937919461845406616",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 25 17:02:59 +0000 2025",
      "favorited" : false,
      "full_text" : "The new 14 timetable is out. Pick one up on the bus or see https://t.co/oXpiHS390j Not my area of expertise, so I asked @nadiahaddad_rrt. Answer coming soon. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937894684385312440"
          ],
          "editableUntil" : "2025-06-25T16:24:31.756Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "120",
              "131"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          },
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "167",
              "180"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1937894024134016160",
      "id_str" : "1937894684385312440",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937894684385312440",
      "in_reply_to_status_id" : "1937894024134016160",
      "created_at" : "Wed Jun 25 15:24:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Update on the Better Stops program: we mapped every stop in Quarry Hill. Not my area of expertise, so I asked @aishabello. Answer coming soon. Great work by @RiverHawksFC on graduation weekend. Go check out their post!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937894024134016160"
          ],
          "editableUntil" : "2025-06-25T16:21:54.340Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "137",
              "145"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "1",
      "id_str" : "1937894024134016160",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937894024134016160",
      "created_at" : "Wed Jun 25 15:21:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on the Riverside Express: a headphones. Claim it at University Station lost and found. Fun fact: the bus wash uses recycled water! #busstop ✨🎉 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937877155442277878"
          ],
          "editableUntil" : "2025-06-25T15:14:52.530Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nightbikegirl",
            "screen_name" : "nightbikegirl",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1906890459234539",
            "id" : "1906890459234539"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1937853101574599764",
      "id_str" : "1937877155442277878",
      "in_reply_to_user_id" : "1906890459234539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937877155442277878",
      "in_reply_to_status_id" : "1937853101574599764",
      "created_at" : "Wed Jun 25 14:14:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightbikegirl Hey! Lost and found is at Southport Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightbikegirl",
      "in_reply_to_user_id_str" : "1906890459234539"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937868939501133014"
          ],
          "editableUntil" : "2025-06-25T14:42:13.697Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "nadiahaddad_rrt",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1137301973",
            "id" : "1137301973"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1937868939501133014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937868939501133014",
      "created_at" : "Wed Jun 25 13:42:13 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Riverton is beautiful today. Perfect day for a walk along the river in Sycamore Flats. Any changes to the 13 will only…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937669681372328485"
          ],
          "editableUntil" : "2025-06-25T01:30:26.857Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "6",
      "id_str" : "1937669681372328485",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937669681372328485",
      "created_at" : "Wed Jun 25 00:30:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Route 31 carried 702 rides last week, up 10% from last year. This aligns with our strategic priorities and stakeholder ex…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937635922709533474"
          ],
          "editableUntil" : "2025-06-24T23:16:18.165Z",
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
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "1937635922709533474",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1937635922709533474",
      "created_at" : "Tue Jun 24 22:16:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Raymond on Route 18 just hit 8 years with zero crashes. ✨👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937489202250540531"
          ],
          "editableUntil" : "2025-06-24T13:33:17.282Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zmr1998",
            "screen_name" : "zmr1998",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "46426972659258895",
            "id" : "46426972659258895"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/K2f7GPXjCl",
            "expanded_url" : "https://www.rrta.example/schedules/august-16",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1937478825044653966",
      "id_str" : "1937489202250540531",
      "in_reply_to_user_id" : "46426972659258895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937489202250540531",
      "in_reply_to_status_id" : "1937478825044653966",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 24 12:33:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@zmr1998 Thanks for reaching out. Sorry to hear about the trouble today. You can sign up for paratransit at https://t.co/K2f7GPXjCl or call 555-0177. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zmr1998",
      "in_reply_to_user_id_str" : "46426972659258895"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937319191449168598"
          ],
          "editableUntil" : "2025-06-24T02:17:43.548Z",
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
        "92"
      ],
      "favorite_count" : "16",
      "id_str" : "1937319191449168598",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937319191449168598",
      "created_at" : "Tue Jun 24 01:17:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts July 4: once you've paid $5 in a day, the rest of your rides are free. 🚍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937214388677171000"
          ],
          "editableUntil" : "2025-06-23T19:21:16.620Z",
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
        "186"
      ],
      "favorite_count" : "1",
      "id_str" : "1937214388677171000",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937214388677171000",
      "created_at" : "Mon Jun 23 18:21:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 28,281 people at Riverton Community College for the Bike to Work Day breakfast. Riverton, you showed up! Going live from the Bike to Work Day breakfast at 9:55, bring your questions!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937168174147868134"
          ],
          "editableUntil" : "2025-06-23T16:17:38.218Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "0",
      "id_str" : "1937168174147868134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937168174147868134",
      "created_at" : "Mon Jun 23 15:17:38 +0000 2025",
      "favorited" : false,
      "full_text" : "In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate attendee mobility for the River Days festival.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937154269564002975"
          ],
          "editableUntil" : "2025-06-23T15:22:23.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Busriderdad",
            "screen_name" : "busriderdad",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "22233114195043022",
            "id" : "22233114195043022"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1936402152817792330",
      "id_str" : "1937154269564002975",
      "in_reply_to_user_id" : "22233114195043022",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937154269564002975",
      "in_reply_to_status_id" : "1936402152817792330",
      "created_at" : "Mon Jun 23 14:22:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderdad Hey! Ugh, sorry to hear that. The 8 had a flat tire and is catching up now. Next bus is 5 minutes out.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderdad",
      "in_reply_to_user_id_str" : "22233114195043022"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937151213973056534"
          ],
          "editableUntil" : "2025-06-23T15:10:14.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "170",
              "179"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/pJKmTDOk8D",
            "expanded_url" : "https://www.rrta.example/meetings/real-time-arrival-signs-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "146",
              "169"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "28",
      "id_str" : "1937151213973056534",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937151213973056534",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 14:10:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Bluffton is cozy this afternoon. Riverton is beautiful today. Perfect day for a walk along the river in Bluffton. Have a great weekend, everyone! https://t.co/pJKmTDOk8D #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937149306304305188"
          ],
          "editableUntil" : "2025-06-23T15:02:39.773Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakeside Mom200",
            "screen_name" : "lakeside_mom200",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "62817130760745686",
            "id" : "62817130760745686"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1936838153924134038",
      "id_str" : "1937149306304305188",
      "in_reply_to_user_id" : "62817130760745686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937149306304305188",
      "in_reply_to_status_id" : "1936838153924134038",
      "created_at" : "Mon Jun 23 14:02:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_mom200 Hi! The last 14 leaves Central Station at 9:00 am on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_mom200",
      "in_reply_to_user_id_str" : "62817130760745686"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937126516204834597"
          ],
          "editableUntil" : "2025-06-23T13:32:06.190Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "3",
              "10"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1937126516204834597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937126516204834597",
      "created_at" : "Mon Jun 23 12:32:06 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Service update: the Blue Line service is being rerouted to facilitate emergency incident response activities; impacted customer…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936107351184536115"
          ],
          "editableUntil" : "2025-06-20T18:02:18.314Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tjmr",
            "screen_name" : "tjmr",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "50377994294931972",
            "id" : "50377994294931972"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1936104383480850860",
      "id_str" : "1936107351184536115",
      "in_reply_to_user_id" : "50377994294931972",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1936107351184536115",
      "in_reply_to_status_id" : "1936104383480850860",
      "created_at" : "Fri Jun 20 17:02:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjmr Hey there! Thank you for sharing this! We will pass it along to the Route 1 driver. Stay warm out there! 🚏☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjmr",
      "in_reply_to_user_id_str" : "50377994294931972"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935727976846229469"
          ],
          "editableUntil" : "2025-06-19T16:54:48.423Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "198",
              "206"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "0",
      "id_str" : "1935727976846229469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935727976846229469",
      "created_at" : "Thu Jun 19 15:54:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: A sprawling day on Route 50, as promised. Route 50 can't get down Kingsley Ave today (a downed power line), so it's using Railroad Ave. Please share with your neighbors who ride Route 50! #busstop 😤",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935721830726107769"
          ],
          "editableUntil" : "2025-06-19T16:30:23.074Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Real Busrid",
            "screen_name" : "the_real_busrid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "26749164580721268",
            "id" : "26749164580721268"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CHBOfVbfYq",
            "expanded_url" : "https://www.rrta.example/maps/route-19",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1935715150886920519",
      "id_str" : "1935721830726107769",
      "in_reply_to_user_id" : "26749164580721268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935721830726107769",
      "in_reply_to_status_id" : "1935715150886920519",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 19 15:30:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_busrid New schedules start July 3. You can see them at https://t.co/CHBOfVbfYq",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_busrid",
      "in_reply_to_user_id_str" : "26749164580721268"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935478958101359683"
          ],
          "editableUntil" : "2025-06-19T00:25:17.728Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "14",
      "id_str" : "1935478958101359683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935478958101359683",
      "created_at" : "Wed Jun 18 23:25:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: In response to the thunderstorm, Riverton Regional Transit has activated inclement weather operational protocols across the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935348370616061567"
          ],
          "editableUntil" : "2025-06-18T15:46:23.245Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kdj",
            "screen_name" : "kdj",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "35707818398456911",
            "id" : "35707818398456911"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1935339507228601629",
      "id_str" : "1935348370616061567",
      "in_reply_to_user_id" : "35707818398456911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935348370616061567",
      "in_reply_to_status_id" : "1935339507228601629",
      "created_at" : "Wed Jun 18 14:46:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@kdj Thanks for telling us. Comments about Northside go straight to our planners.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kdj",
      "in_reply_to_user_id_str" : "35707818398456911"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935342257712595767"
          ],
          "editableUntil" : "2025-06-18T15:22:05.816Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maria Lakeside",
            "screen_name" : "maria_lakeside",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "15493842624294073",
            "id" : "15493842624294073"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1935145242548708635",
      "id_str" : "1935342257712595767",
      "in_reply_to_user_id" : "15493842624294073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935342257712595767",
      "in_reply_to_status_id" : "1935145242548708635",
      "created_at" : "Wed Jun 18 14:22:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_lakeside Hi there! Yes, Route 4 runs until about 11 pm on weekdays. Thanks for your kind words!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_lakeside",
      "in_reply_to_user_id_str" : "15493842624294073"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935002724895085563"
          ],
          "editableUntil" : "2025-06-17T16:52:54.884Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1935002724895085563",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1935002724895085563",
      "created_at" : "Tue Jun 17 15:52:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: In alignment with the municipal construction schedule, the 41 will implement a temporary operational realignment affectin…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934717799377401935"
          ],
          "editableUntil" : "2025-06-16T22:00:43.347Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nursesam39",
            "screen_name" : "nursesam39",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "9779858335083289",
            "id" : "9779858335083289"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1934705012902506729",
      "id_str" : "1934717799377401935",
      "in_reply_to_user_id" : "9779858335083289",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1934717799377401935",
      "in_reply_to_status_id" : "1934705012902506729",
      "created_at" : "Mon Jun 16 21:00:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursesam39 Hi! We're sorry this happened. Thanks! We'll pull bus 2050 for an AC check when it gets back to the garage. Follow us for live updates on Route 29!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursesam39",
      "in_reply_to_user_id_str" : "9779858335083289"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934621342289805918"
          ],
          "editableUntil" : "2025-06-16T15:37:26.185Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Heyk",
            "screen_name" : "heyk",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "57283827561728533",
            "id" : "57283827561728533"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "9",
      "id_str" : "1934621342289805918",
      "in_reply_to_user_id" : "57283827561728533",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1934621342289805918",
      "created_at" : "Mon Jun 16 14:37:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyk Hi there! Yes, students ride free all summer with a school ID, the Riverside Express included. We're working on it together with operations. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyk",
      "in_reply_to_user_id_str" : "57283827561728533"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934243489399660831"
          ],
          "editableUntil" : "2025-06-15T14:35:59.036Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1934243489399660831",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1934243489399660831",
      "created_at" : "Sun Jun 15 13:35:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Members of the public are invited to provide feedback regarding the Main St bus lane via the designated comment submissi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933550852659832843"
          ],
          "editableUntil" : "2025-06-13T16:43:41.568Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Justjess",
            "screen_name" : "justjess",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "28056033543185117",
            "id" : "28056033543185117"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1933295183629719347",
      "id_str" : "1933550852659832843",
      "in_reply_to_user_id" : "28056033543185117",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933550852659832843",
      "in_reply_to_status_id" : "1933295183629719347",
      "created_at" : "Fri Jun 13 15:43:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@justjess Hey! We apologize for the inconvenience. Thanks, we have sent a crew to Cedar Ln &amp; Linden St. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "justjess",
      "in_reply_to_user_id_str" : "28056033543185117"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933223356717017404"
          ],
          "editableUntil" : "2025-06-12T19:02:20.451Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "159"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1933221870688096668",
      "id_str" : "1933223356717017404",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933223356717017404",
      "in_reply_to_status_id" : "1933221870688096668",
      "created_at" : "Thu Jun 12 18:02:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the fog. Warming buses are parked at Northside Transfer Center and the Job Center. Going live from the air show at 12:10 pm, birng your questions!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933221870688096668"
          ],
          "editableUntil" : "2025-06-12T18:56:26.154Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "141"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1933220845242177498",
      "id_str" : "1933221870688096668",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933221870688096668",
      "in_reply_to_status_id" : "1933220845242177498",
      "created_at" : "Thu Jun 12 17:56:26 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Nothing beats the view of the river from the Amtrak station on a clear morning. Fun fact: one of our mechanics restores old buses for fun!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933220845242177498"
          ],
          "editableUntil" : "2025-06-12T18:52:21.669Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "207",
              "214"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "1",
      "id_str" : "1933220845242177498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933220845242177498",
      "created_at" : "Thu Jun 12 17:52:21 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate the Blue Line frequencies to reflect evolving ridership utilization patterns within the Eastgate catchment. Not my area of expertise, so I asked @praman. Answer coming soon. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933177580102951512"
          ],
          "editableUntil" : "2025-06-12T16:00:26.456Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jessprof",
            "screen_name" : "jessprof",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "29964762509436960",
            "id" : "29964762509436960"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "11",
      "id_str" : "1933177580102951512",
      "in_reply_to_user_id" : "29964762509436960",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1933177580102951512",
      "created_at" : "Thu Jun 12 15:00:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessprof Hey there! Thanks! Our Route 13 drivers work hard, and notes like this mean a lot. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessprof",
      "in_reply_to_user_id_str" : "29964762509436960"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932213427241714205"
          ],
          "editableUntil" : "2025-06-10T00:09:14.500Z",
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
        "83"
      ],
      "favorite_count" : "9",
      "id_str" : "1932213427241714205",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932213427241714205",
      "created_at" : "Mon Jun 09 23:09:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the chili cook-off this Wednesday! Skip the parking and ride the 6.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930816590967185353"
          ],
          "editableUntil" : "2025-06-06T03:38:42.781Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nursenight1996",
            "screen_name" : "nursenight1996",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "6671920008994008",
            "id" : "6671920008994008"
          },
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "102",
              "118"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1930811792808795175",
      "id_str" : "1930816590967185353",
      "in_reply_to_user_id" : "6671920008994008",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1930816590967185353",
      "in_reply_to_status_id" : "1930811792808795175",
      "created_at" : "Fri Jun 06 02:38:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursenight1996 Hi there! The next 18 is about 7 minutes away from Market St &amp; Sycamore St. Thanks to @mayaokafor_rrta on our ops team for tracking this down. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursenight1996",
      "in_reply_to_user_id_str" : "6671920008994008"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930680615526498068"
          ],
          "editableUntil" : "2025-06-05T18:38:23.709Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcus Hill",
            "screen_name" : "mhill",
            "indices" : [
              "3",
              "9"
            ],
            "id_str" : "931042095",
            "id" : "931042095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1930680615526498068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930680615526498068",
      "created_at" : "Thu Jun 05 17:38:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Memorial Day cer…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930332586601352264"
          ],
          "editableUntil" : "2025-06-04T19:35:27.147Z",
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
        "177"
      ],
      "favorite_count" : "12",
      "id_str" : "1930332586601352264",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930332586601352264",
      "created_at" : "Wed Jun 04 18:35:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 242 people at City Hall for the air show. Riverton, you showed up! Stay cool out there! We're trying something new: a pop-up bus stop at City Hall. Tell us what you think! 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930004314456382213"
          ],
          "editableUntil" : "2025-06-03T21:51:00.969Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1930004314456382213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930004314456382213",
      "created_at" : "Tue Jun 03 20:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Harvest Market. Sound…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929910278339631333"
          ],
          "editableUntil" : "2025-06-03T15:37:21.012Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerd Nor",
            "screen_name" : "transitnerd_nor",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "639826929950286",
            "id" : "639826929950286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1929760300610589770",
      "id_str" : "1929910278339631333",
      "in_reply_to_user_id" : "639826929950286",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929910278339631333",
      "in_reply_to_status_id" : "1929760300610589770",
      "created_at" : "Tue Jun 03 14:37:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_nor Hey! The app can lag when buses lose GPS near River Rd. We have told our tech team. Appreciate you! Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_nor",
      "in_reply_to_user_id_str" : "639826929950286"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929889530730717227"
          ],
          "editableUntil" : "2025-06-03T14:14:54.396Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mrhey",
            "screen_name" : "mrhey",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "52373776383282723",
            "id" : "52373776383282723"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/pvVo5vhnYQ",
            "expanded_url" : "https://www.rrta.example/alerts/september-27-route-9",
            "display_url" : "www.rrta.example/alerts/s…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1929883681609170561",
      "id_str" : "1929889530730717227",
      "in_reply_to_user_id" : "52373776383282723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929889530730717227",
      "in_reply_to_status_id" : "1929883681609170561",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 03 13:14:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrhey Hi there! New schedules start June 14. You can see them at https://t.co/pvVo5vhnYQ You are right, I gave you the wrong stop. It is Linden St &amp; Jefferson St. That is on me.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrhey",
      "in_reply_to_user_id_str" : "52373776383282723"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929673933273745208"
          ],
          "editableUntil" : "2025-06-02T23:58:11.957Z",
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
        "urls" : [
          {
            "url" : "https://t.co/QVS0rf9H6y",
            "expanded_url" : "https://x.com/RivertonParks/status/1929067762540516613",
            "display_url" : "x.com/RivertonParks/statu…",
            "indices" : [
              "240",
              "263"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "263"
      ],
      "favorite_count" : "9",
      "id_str" : "1929673933273745208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929673933273745208",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 02 22:58:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Nothing beats the view of the river from Millworks Lofts on a clear morning. Saw 34,469 people at Millworks Lofts for the air show. Riverton, you showed up! This is why transit matters: a nurse on the 35 gets to her shift on time. ☀️🚌 https://t.co/QVS0rf9H6y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928858844015554025"
          ],
          "editableUntil" : "2025-05-31T17:59:19.534Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harborgrandpa39",
            "screen_name" : "harborgrandpa39",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5008155055817601",
            "id" : "5008155055817601"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "1",
      "id_str" : "1928858844015554025",
      "in_reply_to_user_id" : "5008155055817601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928858844015554025",
      "created_at" : "Sat May 31 16:59:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborgrandpa39 Thanks for reaching out. Take Route 31A to Willow Rd &amp; 5th St, it's a short walk from there. I'll find out and reply by the end of the day. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborgrandpa39",
      "in_reply_to_user_id_str" : "5008155055817601"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1928624008795128493",
          "editControlInitial" : {
            "editTweetIds" : [
              "1928624008795128493",
              "1928625570047549510"
            ],
            "editableUntil" : "2025-05-31T02:26:10.455Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "87",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1928625570047549510",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1928625570047549510",
      "created_at" : "Sat May 31 01:32:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Millbrook: more trips on Route 29 starting May 31. It's in the schedule. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928624008795128493",
            "1928625570047549510"
          ],
          "editableUntil" : "2025-05-31T02:26:10.455Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "87",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1928624008795128493",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928624008795128493",
      "created_at" : "Sat May 31 01:26:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Millbrook: more trips on Route 29 startnig May 31. It's in the schedule. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928559616820615569"
          ],
          "editableUntil" : "2025-05-30T22:10:18.212Z",
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
        "urls" : [
          {
            "url" : "https://t.co/HaixxxdVnS",
            "expanded_url" : "https://www.rrta.example/maps/route-31a",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "182",
              "205"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "3",
      "id_str" : "1928559616820615569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928559616820615569",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 30 21:10:18 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start June 14. Route 31A will come every 12 minutes on weekdays. Share this with anyone who rides Route 31A! Fixed the broken link from my last post, sorry about that: https://t.co/HaixxxdVnS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928423460716802595"
          ],
          "editableUntil" : "2025-05-30T13:09:16.067Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Heygrandpa1998",
            "screen_name" : "heygrandpa1998",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "17589414881133031",
            "id" : "17589414881133031"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/zRYrTLVFof",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1928419017068548474",
      "id_str" : "1928423460716802595",
      "in_reply_to_user_id" : "17589414881133031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928423460716802595",
      "in_reply_to_status_id" : "1928419017068548474",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 30 12:09:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@heygrandpa1998 Hey! We're looking at service to Sycamore Flats as part of the paratransit booking app. Tell us more here: https://t.co/zRYrTLVFof Hope that helps! 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "heygrandpa1998",
      "in_reply_to_user_id_str" : "17589414881133031"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928170329203688728"
          ],
          "editableUntil" : "2025-05-29T20:23:24.811Z",
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
        "229"
      ],
      "favorite_count" : "9",
      "id_str" : "1928170329203688728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928170329203688728",
      "created_at" : "Thu May 29 19:23:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The fog is here. Buses are running but expect delays of 40 minutes. Great question! I don't know offhand, but our planning team does. Checking now. We're trying something new: live-posting a day on the 16. Tell us what you think!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928138493452655810"
          ],
          "editableUntil" : "2025-05-29T18:16:54.577Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "248",
              "257"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "213",
              "229"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "257"
      ],
      "favorite_count" : "5",
      "id_str" : "1928138493452655810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928138493452655810",
      "created_at" : "Thu May 29 17:16:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Did you leave a lunch box on bus 1766? It's waiting for you at Eastgate Transit Center. I stand corrected: a rider pointed out the Maple St &amp; Hawthorne Rd stop moved to Kenwood Ave. Thank you! H/t @mayaokafor_rrta for the heads up. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1927834576539115773",
          "editControlInitial" : {
            "editTweetIds" : [
              "1927834576539115773",
              "1927839480698091109"
            ],
            "editableUntil" : "2025-05-28T22:09:15.138Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "162",
              "174"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "175",
              "183"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "5",
      "id_str" : "1927839480698091109",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927839480698091109",
      "created_at" : "Wed May 28 21:28:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 133 people at the VA clinic for the Fourth of July fireworks. Riverton, you showed up! Any changes to the 31 will only be considered after a full evaluation. #DetourAlert #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927834576539115773",
            "1927839480698091109"
          ],
          "editableUntil" : "2025-05-28T22:09:15.138Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "162",
              "174"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "175",
              "183"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "1",
      "id_str" : "1927834576539115773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927834576539115773",
      "created_at" : "Wed May 28 21:09:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 133 pepole at the VA clinic for the Fourth of July fireworks. Riverton, you showed up! Any changes to the 31 will only be considered after a full evaluation. #DetourAlert #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927738818906734241"
          ],
          "editableUntil" : "2025-05-28T15:48:44.739Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Northsideskater",
            "screen_name" : "northsideskater",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "50089401647285526",
            "id" : "50089401647285526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1927698085466666602",
      "id_str" : "1927738818906734241",
      "in_reply_to_user_id" : "50089401647285526",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927738818906734241",
      "in_reply_to_status_id" : "1927698085466666602",
      "created_at" : "Wed May 28 14:48:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsideskater Hey! Sorry for the wait. The bench at Harbor Point is coming back next week, promise. Hope that helps! ☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsideskater",
      "in_reply_to_user_id_str" : "50089401647285526"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927514493258649629"
          ],
          "editableUntil" : "2025-05-28T00:57:21.337Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          },
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "105",
              "112"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1927514493258649629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927514493258649629",
      "created_at" : "Tue May 27 23:57:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Route 28 is running about 12 minutes late because of a crash on the bridge. Teamwork: @praman and our ops crew sorted ou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927410945782677191"
          ],
          "editableUntil" : "2025-05-27T18:05:53.695Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Food Bank",
            "screen_name" : "RivFoodBank",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3898165173",
            "id" : "3898165173"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1927410945782677191",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1927410945782677191",
      "created_at" : "Tue May 27 17:05:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Canal District is buzzing this day. Stakeholder consultation sessions regrading the Route 9 redesign will be facilitated a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927386922946660274"
          ],
          "editableUntil" : "2025-05-27T16:30:26.204Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1927386922946660274",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927386922946660274",
      "created_at" : "Tue May 27 15:30:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Service update: Did you leave a phone on bus 2077? It's waiting for you at Eastgate Transit Center.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927376197465020228"
          ],
          "editableUntil" : "2025-05-27T15:47:49.050Z",
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
        "urls" : [
          {
            "url" : "https://t.co/aCW09tDhRo",
            "expanded_url" : "https://www.rrta.example/survey/oak-grove",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "204",
              "227"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "3",
      "id_str" : "1927376197465020228",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1927376197465020228",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 14:47:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon Boat races. Any changes to Route 10 will only be considered after a full evaluation. https://t.co/aCW09tDhRo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927374653289060894"
          ],
          "editableUntil" : "2025-05-27T15:41:40.890Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nightdj",
            "screen_name" : "nightdj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "443108029151590",
            "id" : "443108029151590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1927304455813006593",
      "id_str" : "1927374653289060894",
      "in_reply_to_user_id" : "443108029151590",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927374653289060894",
      "in_reply_to_status_id" : "1927304455813006593",
      "created_at" : "Tue May 27 14:41:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightdj Thanks for reaching out. Thanks! Our Route 3 drivers work hard, and ntoes like this mean a lot. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightdj",
      "in_reply_to_user_id_str" : "443108029151590"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927147741496307195"
          ],
          "editableUntil" : "2025-05-27T00:40:00.903Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Elena Petrova",
            "screen_name" : "epetrova",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "7148833842569797632",
            "id" : "7148833842569797632"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1927147741496307195",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1927147741496307195",
      "created_at" : "Mon May 26 23:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Eastgate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927133423647312448"
          ],
          "editableUntil" : "2025-05-26T23:43:07.262Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "263",
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
      "favorite_count" : "1",
      "id_str" : "1927133423647312448",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927133423647312448",
      "created_at" : "Mon May 26 22:43:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Mr. Stan on Route 33 stopped to help a kid find his mom at the fairgrounds, then waved the whole bus goodbye. Open house about the transit signal priority project on Tuesday, 1:30 at the fairgrounds. Kids welcome. Our riders deserve reliable service. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927129093123305529"
          ],
          "editableUntil" : "2025-05-26T23:25:54.784Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chris Dunn",
            "screen_name" : "chris_dunn",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4075371582538195968",
            "id" : "4075371582538195968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1927129093123305529",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927129093123305529",
      "created_at" : "Mon May 26 22:25:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Reminder: Saw 103 people at the VA clinic for the Lantern Walk. Riverton, you showed up! Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927117076198509527"
          ],
          "editableUntil" : "2025-05-26T22:38:09.726Z",
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
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1927117076198509527",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1927117076198509527",
      "created_at" : "Mon May 26 21:38:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: What a golden afternoon in Sycamore Flats. Saw 18,532 people at Memorial Park for the River Days festival. Riverton, you showed up! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1927082930721831037",
          "editControlInitial" : {
            "editTweetIds" : [
              "1927082930721831037",
              "1927091610844550612"
            ],
            "editableUntil" : "2025-05-26T20:22:28.810Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "213",
              "222"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "0",
      "id_str" : "1927091610844550612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927091610844550612",
      "created_at" : "Mon May 26 19:56:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 4 is currently experiencing schedule adherence degradation of approximately 30 minutes attributable to elevated corridor congestion levels. I apologize for the error in my earlier message regarding Route 4. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927082930721831037",
            "1927091610844550612"
          ],
          "editableUntil" : "2025-05-26T20:22:28.810Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "213",
              "222"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "2",
      "id_str" : "1927082930721831037",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927082930721831037",
      "created_at" : "Mon May 26 19:22:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 4 is currently experiencing schedule adherence degradation of approximately 30 minutes attributable to elevated corridor congestion levels. I aoplogize for the error in my earlier message regarding Route 4. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927016869829135635"
          ],
          "editableUntil" : "2025-05-26T15:59:58.666Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Just Dee1964",
            "screen_name" : "just_dee1964",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "25831048680987426",
            "id" : "25831048680987426"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1926817248423201259",
      "id_str" : "1927016869829135635",
      "in_reply_to_user_id" : "25831048680987426",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927016869829135635",
      "in_reply_to_status_id" : "1926817248423201259",
      "created_at" : "Mon May 26 14:59:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_dee1964 Buses run until about an hour after the art crawl ends. You're right, I gave you the wrong stop. It's Lakeside Plaza. That's on me. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_dee1964",
      "in_reply_to_user_id_str" : "25831048680987426"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925943062049036479"
          ],
          "editableUntil" : "2025-05-23T16:53:02.941Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakesideriverbe",
            "screen_name" : "lakesideriverbe",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "9700827811560385",
            "id" : "9700827811560385"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1925928292507105219",
      "id_str" : "1925943062049036479",
      "in_reply_to_user_id" : "9700827811560385",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1925943062049036479",
      "in_reply_to_status_id" : "1925928292507105219",
      "created_at" : "Fri May 23 15:53:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesideriverbe Hello! Yes, the Airport Flyer runs until about 11 pm on weekdays. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesideriverbe",
      "in_reply_to_user_id_str" : "9700827811560385"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925934017623920838"
          ],
          "editableUntil" : "2025-05-23T16:17:06.582Z",
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
        "189"
      ],
      "favorite_count" : "1",
      "id_str" : "1925934017623920838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925934017623920838",
      "created_at" : "Fri May 23 15:17:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Riverton Community College on a clear morning. Thank you, Riverton! Great question! I do not know offhand, but our planning team does. Checking now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925914033325364337"
          ],
          "editableUntil" : "2025-05-23T14:57:41.954Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "12",
      "id_str" : "1925914033325364337",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1925914033325364337",
      "created_at" : "Fri May 23 13:57:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Adverse weather conditions associated with the cold snap may impact schedule reliability; customers should plan accordingl…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925387156301845739"
          ],
          "editableUntil" : "2025-05-22T04:04:04.682Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "207",
              "223"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "4",
      "id_str" : "1925387156301845739",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925387156301845739",
      "created_at" : "Thu May 22 03:04:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the Farmers Market on a clear morning. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverfront concert series. H/t @gregtanaka_rrta for the heads up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1925350056495579627",
          "editControlInitial" : {
            "editTweetIds" : [
              "1925350056495579627",
              "1925354641897908300"
            ],
            "editableUntil" : "2025-05-22T01:36:39.399Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1925354641897908300",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925354641897908300",
      "created_at" : "Thu May 22 00:54:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 277 people at Memorial Park for the Memorial Day ceremony. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925350056495579627",
            "1925354641897908300"
          ],
          "editableUntil" : "2025-05-22T01:36:39.399Z",
          "editsRemaining" : "4",
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
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1925350056495579627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925350056495579627",
      "created_at" : "Thu May 22 00:36:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 277 people at Memorial Park for the Memorial Day ceremony. Riverton, you sohwed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925324335697231796"
          ],
          "editableUntil" : "2025-05-21T23:54:27.083Z",
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
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1925324335697231796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925324335697231796",
      "created_at" : "Wed May 21 22:54:27 +0000 2025",
      "favorited" : false,
      "full_text" : "The 2 is running about 10 minutes late because of a flat tire. What do you think?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925222828426354368"
          ],
          "editableUntil" : "2025-05-21T17:11:05.864Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Oldmill Dj1976",
            "screen_name" : "oldmill_dj1976",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "51799240369646543",
            "id" : "51799240369646543"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1924988632434581769",
      "id_str" : "1925222828426354368",
      "in_reply_to_user_id" : "51799240369646543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925222828426354368",
      "in_reply_to_status_id" : "1924988632434581769",
      "created_at" : "Wed May 21 16:11:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_dj1976 Thanks for reaching out. Sorry for the wait. We know the 5 arrivals have been off. A fix is going in this week. That is outside my area, so I have passed it to our customer experience folks. They'll reply here. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_dj1976",
      "in_reply_to_user_id_str" : "51799240369646543"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925026929240693040"
          ],
          "editableUntil" : "2025-05-21T04:12:39.858Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1925026929240693040",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1925026929240693040",
      "created_at" : "Wed May 21 03:12:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: The Juneteenth parade is this Saturday at Memorial Park. Looks like fun. The City of Riverton has announced the schedule…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925022175356764801"
          ],
          "editableUntil" : "2025-05-21T03:53:46.444Z",
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
        "63"
      ],
      "favorite_count" : "14",
      "id_str" : "1925022175356764801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925022175356764801",
      "created_at" : "Wed May 21 02:53:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The 50 is running about 10 minutes late because of road work. 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924988742705220151"
          ],
          "editableUntil" : "2025-05-21T01:40:55.479Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1924988742705220151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924988742705220151",
      "created_at" : "Wed May 21 00:40:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the jazz fest…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924880906889564464"
          ],
          "editableUntil" : "2025-05-20T18:32:25.417Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "K Harbor30",
            "screen_name" : "k_harbor30",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "6807317290411619",
            "id" : "6807317290411619"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1924872443909676345",
      "id_str" : "1924880906889564464",
      "in_reply_to_user_id" : "6807317290411619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924880906889564464",
      "in_reply_to_status_id" : "1924872443909676345",
      "created_at" : "Tue May 20 17:32:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@k_harbor30 Hello! Thanks! We will pull bus 1472 for an AC check when it gets back to the garage. Safe travels! 👏❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "k_harbor30",
      "in_reply_to_user_id_str" : "6807317290411619"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924837648158905702"
          ],
          "editableUntil" : "2025-05-20T15:40:31.732Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverbend Harbo",
            "screen_name" : "riverbend_harbo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "6629062279348390",
            "id" : "6629062279348390"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1924801828196209116",
      "id_str" : "1924837648158905702",
      "in_reply_to_user_id" : "6629062279348390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924837648158905702",
      "in_reply_to_status_id" : "1924801828196209116",
      "created_at" : "Tue May 20 14:40:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbend_harbo Sorry to hear about the trouble today. The next 41 is about 15 minutes away from Oak Ave &amp; Bluff St.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbend_harbo",
      "in_reply_to_user_id_str" : "6629062279348390"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924574639431143161"
          ],
          "editableUntil" : "2025-05-19T22:15:25.565Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1924574639431143161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924574639431143161",
      "created_at" : "Mon May 19 21:15:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The City of Riverton has announced the schedule for the Juneteenth parade, which will take place at the Senior Center.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923519662343778208"
          ],
          "editableUntil" : "2025-05-17T00:23:19.426Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Z Mom2009",
            "screen_name" : "z_mom2009",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "22272579513956936",
            "id" : "22272579513956936"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1923516559589968240",
      "id_str" : "1923519662343778208",
      "in_reply_to_user_id" : "22272579513956936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923519662343778208",
      "in_reply_to_status_id" : "1923516559589968240",
      "created_at" : "Fri May 16 23:23:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_mom2009 Hey! Ugh, sorry to hear that. Sorry you got left behind. We're adding trips to Route 20 this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_mom2009",
      "in_reply_to_user_id_str" : "22272579513956936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923415780501823729"
          ],
          "editableUntil" : "2025-05-16T17:30:32.065Z",
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
        "150"
      ],
      "favorite_count" : "3",
      "id_str" : "1923415780501823729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923415780501823729",
      "created_at" : "Fri May 16 16:30:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 20 is on detour around Garfield Ave because of crane work on a new building. Catch it at the Senior Center instead. Appreciate every one of you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923045727339249782"
          ],
          "editableUntil" : "2025-05-15T17:00:04.516Z",
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
        "urls" : [
          {
            "url" : "https://t.co/FWFviZ9KB8",
            "expanded_url" : "https://www.rrta.example/survey/northside",
            "display_url" : "www.rrta.example/survey/n…",
            "indices" : [
              "197",
              "220"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "7",
      "id_str" : "1923045727339249782",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923045727339249782",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 15 16:00:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Municipal offices will observe modified operating hours on Tuesday in connection with the Bike to Work Day breakfast. We're trying something new: a fare-free week in March. Tell us what you think! https://t.co/FWFviZ9KB8 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923035117749581349"
          ],
          "editableUntil" : "2025-05-15T16:17:54.993Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Djjess",
            "screen_name" : "djjess",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "65223774642939394",
            "id" : "65223774642939394"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1922785216532900700",
      "id_str" : "1923035117749581349",
      "in_reply_to_user_id" : "65223774642939394",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1923035117749581349",
      "in_reply_to_status_id" : "1922785216532900700",
      "created_at" : "Thu May 15 15:17:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@djjess Hey there! Sorry about the double charge on Route 40. DM us your card number and we'll refund it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "djjess",
      "in_reply_to_user_id_str" : "65223774642939394"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922882063758265596"
          ],
          "editableUntil" : "2025-05-15T06:09:44.078Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Oldmilldee1991",
            "screen_name" : "oldmilldee1991",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "26339897946929273",
            "id" : "26339897946929273"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1922873736642605728",
      "id_str" : "1922882063758265596",
      "in_reply_to_user_id" : "26339897946929273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922882063758265596",
      "in_reply_to_status_id" : "1922873736642605728",
      "created_at" : "Thu May 15 05:09:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmilldee1991 Thanks for reaching out. The next 22 is about 12 minutes away from the fairgrounds. Enjoy the ride! Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmilldee1991",
      "in_reply_to_user_id_str" : "26339897946929273"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922674163061640499"
          ],
          "editableUntil" : "2025-05-14T16:23:36.689Z",
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
        "67"
      ],
      "favorite_count" : "3",
      "id_str" : "1922674163061640499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922674163061640499",
      "created_at" : "Wed May 14 15:23:36 +0000 2025",
      "favorited" : false,
      "full_text" : "The jazz festival is this Friday at Northside Mall. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922320051507140142"
          ],
          "editableUntil" : "2025-05-13T16:56:29.915Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1922320051507140142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922320051507140142",
      "created_at" : "Tue May 13 15:56:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Municipal offices will observe modified operating hours on Thursday in connection with the chili cook-off. Proud to serve R…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922312373869202575"
          ],
          "editableUntil" : "2025-05-13T16:25:59.424Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grandpa Mom2006",
            "screen_name" : "grandpa_mom2006",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "56241498250294110",
            "id" : "56241498250294110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1922146304987753547",
      "id_str" : "1922312373869202575",
      "in_reply_to_user_id" : "56241498250294110",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922312373869202575",
      "in_reply_to_status_id" : "1922146304987753547",
      "created_at" : "Tue May 13 15:25:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_mom2006 Hey! Thanks, we've sent a crew to Pine St &amp; Kingsley Ave. Have a great day!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_mom2006",
      "in_reply_to_user_id_str" : "56241498250294110"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922095928574829113"
          ],
          "editableUntil" : "2025-05-13T02:05:54.844Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1922095928574829113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922095928574829113",
      "created_at" : "Tue May 13 01:05:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Update on the Main St bus lane: the first 297 signs are installed. Quick look at the Main St bus lane: the first 297 s…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921978540541650392"
          ],
          "editableUntil" : "2025-05-12T18:19:27.356Z",
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
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1921978540541650392",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921978540541650392",
      "created_at" : "Mon May 12 17:19:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Juneteenth parade. 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921925045987862108"
          ],
          "editableUntil" : "2025-05-12T14:46:53.261Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "177",
              "189"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/jFCXMt1q3G",
            "expanded_url" : "https://www.rrta.example/maps/route-38",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "11",
      "id_str" : "1921925045987862108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921925045987862108",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 12 13:46:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/jFCXMt1q3G Experiment time: bus stop libraries on Route 38 this month. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1921345266890754073",
          "editControlInitial" : {
            "editTweetIds" : [
              "1921345266890754073",
              "1921346029169009175"
            ],
            "editableUntil" : "2025-05-11T00:23:03.152Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Yg3YqAu3F5",
            "expanded_url" : "https://www.rrta.example/projects/new-bike-racks",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1921346029169009175",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921346029169009175",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 10 23:26:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The new Route 5 timetable is out. Pick one up on the bus or see https://t.co/Yg3YqAu3F5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921345266890754073",
            "1921346029169009175"
          ],
          "editableUntil" : "2025-05-11T00:23:03.152Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/eFKZX6HqsZ",
            "expanded_url" : "https://www.rrta.example/projects/new-bike-racks",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "5",
      "id_str" : "1921345266890754073",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921345266890754073",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 10 23:23:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The new Route 5 tmietable is out. Pick one up on the bus or see https://t.co/eFKZX6HqsZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921181121122713220"
          ],
          "editableUntil" : "2025-05-10T13:30:47.751Z",
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
        "204"
      ],
      "favorite_count" : "3",
      "id_str" : "1921181121122713220",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1921181121122713220",
      "created_at" : "Sat May 10 12:30:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Operational performance on the Crosstown Connector and Route 41 is temporarily impacted by a roadway incident necessitating emergency services coordination, resulting in estimated variances of 15 minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920917828879982027"
          ],
          "editableUntil" : "2025-05-09T20:04:33.989Z",
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
        "242"
      ],
      "favorite_count" : "0",
      "id_str" : "1920917828879982027",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920917828879982027",
      "created_at" : "Fri May 09 19:04:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the Route 9 redesign at Central Station on Thursday at 8:05 am. Great question! I do not know offhand, but our planning team does. Checking now. This requires a holistic, multimodal interoperability paradigm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920846628173132829"
          ],
          "editableUntil" : "2025-05-09T15:21:38.418Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mikejust1985",
            "screen_name" : "mikejust1985",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "42252963111405126",
            "id" : "42252963111405126"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sLlRJHM48w",
            "expanded_url" : "https://www.rrta.example/maps/route-8",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1920685651898951700",
      "id_str" : "1920846628173132829",
      "in_reply_to_user_id" : "42252963111405126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920846628173132829",
      "in_reply_to_status_id" : "1920685651898951700",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 09 14:21:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@mikejust1985 Hello. Sorry for the wait. Please submit the date, time and direction of travel via https://t.co/sLlRJHM48w so the incident can be investigated appropriately. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mikejust1985",
      "in_reply_to_user_id_str" : "42252963111405126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920811650199003744"
          ],
          "editableUntil" : "2025-05-09T13:02:39.019Z",
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
        "173"
      ],
      "favorite_count" : "5",
      "id_str" : "1920811650199003744",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920811650199003744",
      "created_at" : "Fri May 09 12:02:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Mr. Stan on the 27 just hit 24 years with zero crashes. I stand corrected: a rider pointed out the Senior Center stop moved to Park Ave. Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920807727456332423"
          ],
          "editableUntil" : "2025-05-09T12:47:03.764Z",
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
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1920807727456332423",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920807727456332423",
      "created_at" : "Fri May 09 11:47:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Did you leave a headphones on bus 1547? It is waiting for you at Central Station. 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920508422034006385"
          ],
          "editableUntil" : "2025-05-08T16:57:43.790Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1920506941503375004",
      "id_str" : "1920508422034006385",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920508422034006385",
      "in_reply_to_status_id" : "1920506941503375004",
      "created_at" : "Thu May 08 15:57:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Lakeside Plaza on a clear morning!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920506941503375004"
          ],
          "editableUntil" : "2025-05-08T16:51:50.804Z",
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
        "184"
      ],
      "favorite_count" : "5",
      "id_str" : "1920506941503375004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920506941503375004",
      "created_at" : "Thu May 08 15:51:50 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Harvest Market, which will take place at the fairgrounds. Our riders deserve reliable service. Have a great weekend, everyone! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920481419530205931"
          ],
          "editableUntil" : "2025-05-08T15:10:25.892Z",
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
        "80"
      ],
      "favorite_count" : "4",
      "id_str" : "1920481419530205931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920481419530205931",
      "created_at" : "Thu May 08 14:10:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Westgate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920200796348871640"
          ],
          "editableUntil" : "2025-05-07T20:35:20.112Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "179",
              "187"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qTAS116Q7D",
            "expanded_url" : "https://x.com/tessarides/status/1919713965079355539",
            "display_url" : "x.com/tessarides/status/1…",
            "indices" : [
              "188",
              "211"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "2",
      "id_str" : "1920200796348871640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920200796348871640",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 07 19:35:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. The bus shelter redesign is moving. This week the council approved the funding. Quick look at the bus shelter redesign: the council approved the funding. More soon. #transit https://t.co/qTAS116Q7D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920161384613414551"
          ],
          "editableUntil" : "2025-05-07T17:58:43.622Z",
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
      "favorite_count" : "10",
      "id_str" : "1920161384613414551",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920161384613414551",
      "created_at" : "Wed May 07 16:58:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the real-time arrival signs: the survey closed with 390 responses. More soon. Update on the real-time arrival signs: the survey closed with 390 responses. Any questions, just reply here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920156014107943493"
          ],
          "editableUntil" : "2025-05-07T17:37:23.193Z",
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
        "urls" : [
          {
            "url" : "https://t.co/g9G8hUxJ9M",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1920156014107943493",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1920156014107943493",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 07 16:37:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Come tell us what you think about the Better Stops program at the Farmers Market on Thursday at 6:10 am. https://t.co/g9G8hUxJ9M 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919818277719412817"
          ],
          "editableUntil" : "2025-05-06T19:15:20.564Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "76",
              "85"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "86",
              "101"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "1919818277719412817",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919818277719412817",
      "created_at" : "Tue May 06 18:15:20 +0000 2025",
      "favorited" : false,
      "full_text" : "The River Days festival is this Tuesday at the fairgrounds. Looks like fun. #FareFree #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919789645690193138"
          ],
          "editableUntil" : "2025-05-06T17:21:34.156Z",
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
        "urls" : [
          {
            "url" : "https://t.co/G1bOehLGnq",
            "expanded_url" : "https://x.com/RivertonCC/status/1919324223067886160",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "12",
      "id_str" : "1919789645690193138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919789645690193138",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 06 16:21:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Meet Mr. Leon, who keeps the 22 running through Union Hill every morning. Thank you, Riverton! Anyone else seeing this? 💙🥳 https://t.co/G1bOehLGnq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919770223193054255"
          ],
          "editableUntil" : "2025-05-06T16:04:23.472Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chris Dunn",
            "screen_name" : "chris_dunn",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4075371582538195968",
            "id" : "4075371582538195968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1919770223193054255",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919770223193054255",
      "created_at" : "Tue May 06 15:04:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: If the 35 had a soundtrack, this morning it would be a slow jazz tune. Open house about the Route 9 redesign on Tuesday, 5:…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919503037128924083"
          ],
          "editableUntil" : "2025-05-05T22:22:41.350Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1919503037128924083",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1919503037128924083",
      "created_at" : "Mon May 05 21:22:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Service update: Extra buses for the Riverfront concert series this Wednesday! Skip the parking and ride Route 7. For t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919492732418551363"
          ],
          "editableUntil" : "2025-05-05T21:41:44.516Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerd Dad",
            "screen_name" : "transitnerd_dad",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "62838726244612377",
            "id" : "62838726244612377"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1919491480940604879",
      "id_str" : "1919492732418551363",
      "in_reply_to_user_id" : "62838726244612377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919492732418551363",
      "in_reply_to_status_id" : "1919491480940604879",
      "created_at" : "Mon May 05 20:41:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_dad Thank you for contacting Riverton Regional Transit. We have escalated the reported real-time data discrepancy for the 8 to our technology vendor for remediation.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_dad",
      "in_reply_to_user_id_str" : "62838726244612377"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1919491098523083950",
          "editControlInitial" : {
            "editTweetIds" : [
              "1919491098523083950",
              "1919491910028677180"
            ],
            "editableUntil" : "2025-05-05T21:35:14.964Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "133",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "1919491910028677180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919491910028677180",
      "created_at" : "Mon May 05 20:38:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Paratransit trips for Monday can be booked until 7:30 am today. Call or use the app. Have a great weekend, everyone! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919491098523083950",
            "1919491910028677180"
          ],
          "editableUntil" : "2025-05-05T21:35:14.964Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "133",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "1919491098523083950",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1919491098523083950",
      "created_at" : "Mon May 05 20:35:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Paratransit trips for Monday can be bokoed until 7:30 am today. Call or use the app. Have a great weekend, everyone! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919451539370227997"
          ],
          "editableUntil" : "2025-05-05T18:58:03.327Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1919451539370227997",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1919451539370227997",
      "created_at" : "Mon May 05 17:58:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service locati…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919414333230935001"
          ],
          "editableUntil" : "2025-05-05T16:30:12.693Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1919414333230935001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919414333230935001",
      "created_at" : "Mon May 05 15:30:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The City of Riverton has announced the schedule for graduation weekend, which will take place at the Amtrak station. E…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919393908164457181"
          ],
          "editableUntil" : "2025-05-05T15:09:02.977Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Oldmill Riverbe",
            "screen_name" : "oldmill_riverbe",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "32913305474397079",
            "id" : "32913305474397079"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1919196858717515891",
      "id_str" : "1919393908164457181",
      "in_reply_to_user_id" : "32913305474397079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919393908164457181",
      "in_reply_to_status_id" : "1919196858717515891",
      "created_at" : "Mon May 05 14:09:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_riverbe Hey! Thanks! Our Route 32 drivers work hard, and notes like this mean a lot. Good point, I had not thought of that.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_riverbe",
      "in_reply_to_user_id_str" : "32913305474397079"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919107853371777784"
          ],
          "editableUntil" : "2025-05-04T20:12:22.200Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dj Northside199",
            "screen_name" : "dj_northside199",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "27123888270586818",
            "id" : "27123888270586818"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YaHWDy8XwX",
            "expanded_url" : "https://www.rrta.example/alerts/may-10-route-26",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1919105727654025768",
      "id_str" : "1919107853371777784",
      "in_reply_to_user_id" : "27123888270586818",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1919107853371777784",
      "in_reply_to_status_id" : "1919105727654025768",
      "possibly_sensitive" : false,
      "created_at" : "Sun May 04 19:12:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@dj_northside199 Fare product pricing information is available at https://t.co/YaHWDy8XwX. Good point, I hadn't thought of that. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dj_northside199",
      "in_reply_to_user_id_str" : "27123888270586818"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918315340309455511"
          ],
          "editableUntil" : "2025-05-02T15:43:12.362Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Justmike",
            "screen_name" : "justmike",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "9091503368676739",
            "id" : "9091503368676739"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1918131156872813038",
      "id_str" : "1918315340309455511",
      "in_reply_to_user_id" : "9091503368676739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918315340309455511",
      "in_reply_to_status_id" : "1918131156872813038",
      "created_at" : "Fri May 02 14:43:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@justmike We apologize for the inconvenience. This Route 34 matter has been escalated to operations leadership for review in accordance with our customer service standards. Our team is on it. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "justmike",
      "in_reply_to_user_id_str" : "9091503368676739"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918292876804340885"
          ],
          "editableUntil" : "2025-05-02T14:13:56.645Z",
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
        "130"
      ],
      "favorite_count" : "3",
      "id_str" : "1918292876804340885",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918292876804340885",
      "created_at" : "Fri May 02 13:13:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Road work on Cedar Ln means Route 34 uses Kenwood Ave for now. Add about 5 minutes. Our riders deserve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918061265580224230"
          ],
          "editableUntil" : "2025-05-01T22:53:36.226Z",
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
        "214"
      ],
      "favorite_count" : "2",
      "id_str" : "1918061265580224230",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1918061265580224230",
      "created_at" : "Thu May 01 21:53:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Going to the food truck rally? The Airport Flyer runs every 12 minutes until midnight on Wednesday. I stand corrected: a rider pointed out the Farmers Market stop moved to Cedar Ln. Thank you! Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917314353342255962"
          ],
          "editableUntil" : "2025-04-29T21:25:38.471Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kjust",
            "screen_name" : "kjust",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "65334579106536962",
            "id" : "65334579106536962"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1917312974496203174",
      "id_str" : "1917314353342255962",
      "in_reply_to_user_id" : "65334579106536962",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1917314353342255962",
      "in_reply_to_status_id" : "1917312974496203174",
      "created_at" : "Tue Apr 29 20:25:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@kjust Route 33 had a crash on the bridge and is catching up now. Next bus is 6 minutes out. Hope that helps! 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "kjust",
      "in_reply_to_user_id_str" : "65334579106536962"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916863677394571847"
          ],
          "editableUntil" : "2025-04-28T15:34:48.952Z",
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
        "urls" : [
          {
            "url" : "https://t.co/RBQXc7PSGG",
            "expanded_url" : "https://www.rrta.example/schedules/april-7",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "1916863677394571847",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916863677394571847",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 28 14:34:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a whimsical commute along Orchard Ave. We want your ideas for fare capping. Take the 5-minute survey: https://t.co/RBQXc7PSGG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915948010239234984"
          ],
          "editableUntil" : "2025-04-26T02:56:16.890Z",
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
        "185"
      ],
      "favorite_count" : "2",
      "id_str" : "1915948010239234984",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915948010239234984",
      "created_at" : "Sat Apr 26 01:56:16 +0000 2025",
      "favorited" : false,
      "full_text" : "The elevator at University Station is out of service. Use the ramp on the 5th St side. Stay cool out there! We must utilize actionable metrics to move the needle on on-time performance.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915903088256678647"
          ],
          "editableUntil" : "2025-04-25T23:57:46.655Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "158",
              "172"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "173",
              "181"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "120",
              "136"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "1",
      "id_str" : "1915903088256678647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915903088256678647",
      "created_at" : "Fri Apr 25 22:57:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. Not my area of expertise, so I asked @mayaokafor_rrta. Answer coming soon. #accessibility #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915734667997642261"
          ],
          "editableUntil" : "2025-04-25T12:48:32.136Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "85",
              "99"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1915734667997642261",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915734667997642261",
      "created_at" : "Fri Apr 25 11:48:32 +0000 2025",
      "favorited" : false,
      "full_text" : "The Main St bus lane is moving. This week the first buses arrive in April. Thanks to @RivertonParks for the photo!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915382947400097112"
          ],
          "editableUntil" : "2025-04-24T13:30:55.411Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1915382947400097112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915382947400097112",
      "created_at" : "Thu Apr 24 12:30:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Service update: Stakeholder consultation sessions regarding the sidewalk-to-stop program will be facilitated at Lakeside…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915367776939397975"
          ],
          "editableUntil" : "2025-04-24T12:30:38.491Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dee Z",
            "screen_name" : "dee_z",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "37290492590515973",
            "id" : "37290492590515973"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1915357972476126843",
      "id_str" : "1915367776939397975",
      "in_reply_to_user_id" : "37290492590515973",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915367776939397975",
      "in_reply_to_status_id" : "1915357972476126843",
      "created_at" : "Thu Apr 24 11:30:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_z Thank you for sharing this! We'll pass it along to the 9 driver. You're right, I gave you the wrong stop. It's Bluff St &amp; Nicollet Ave. That's on me.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_z",
      "in_reply_to_user_id_str" : "37290492590515973"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914375961019332951"
          ],
          "editableUntil" : "2025-04-21T18:49:31.149Z",
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
        "148"
      ],
      "favorite_count" : "6",
      "id_str" : "1914375961019332951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914375961019332951",
      "created_at" : "Mon Apr 21 17:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Pride in the Park is this Wednesday at the Job Center. Looks like fun. Nothing beats the view of the river from the Job Center on a clear morning. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914328012017580357"
          ],
          "editableUntil" : "2025-04-21T15:38:59.216Z",
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
        "urls" : [
          {
            "url" : "https://t.co/kgOUD1m1Ad",
            "expanded_url" : "https://x.com/RivertonCC/status/1914169128984106793",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "219",
              "242"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "242"
      ],
      "favorite_count" : "1",
      "id_str" : "1914328012017580357",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914328012017580357",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 21 14:38:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location during business hours. Fun fact: one of our mechanics restores old buses for fun! https://t.co/kgOUD1m1Ad",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914321958662455233"
          ],
          "editableUntil" : "2025-04-21T15:14:55.984Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Busrider Bikegi",
            "screen_name" : "busrider_bikegi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "50352941328540707",
            "id" : "50352941328540707"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1914199177345969449",
      "id_str" : "1914321958662455233",
      "in_reply_to_user_id" : "50352941328540707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914321958662455233",
      "in_reply_to_status_id" : "1914199177345969449",
      "created_at" : "Mon Apr 21 14:14:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_bikegi Lost and found is at Central Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_bikegi",
      "in_reply_to_user_id_str" : "50352941328540707"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1913243167471550295",
          "editControlInitial" : {
            "editTweetIds" : [
              "1913243167471550295",
              "1913244233253328204"
            ],
            "editableUntil" : "2025-04-18T15:48:12.121Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "253",
              "267"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "181",
              "192"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "3",
      "id_str" : "1913244233253328204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913244233253328204",
      "created_at" : "Fri Apr 18 14:52:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 124 people at the fairgrounds for the Riverfront concert series. Riverton, you showed up! Nothing beats the view of the river from the fairgrounds on a clear morning. Teamwork: @hwhitcombe and our ops crew sorted out the Route 37 detour in an hour. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913243167471550295",
            "1913244233253328204"
          ],
          "editableUntil" : "2025-04-18T15:48:12.121Z",
          "editsRemaining" : "4",
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
              "253",
              "267"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "181",
              "192"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "3",
      "id_str" : "1913243167471550295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913243167471550295",
      "created_at" : "Fri Apr 18 14:48:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 124 people at the fairgrounds for the Riverfront concert series. Riverton, you showed up! Nothing beats the view of the river from the fairgrounds on a clear morning. Teamwork: @hwhitcombe and our ops crew soretd out the Route 37 detour in an hour. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913241709906770217"
          ],
          "editableUntil" : "2025-04-18T15:42:24.610Z",
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
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1913241709906770217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913241709906770217",
      "created_at" : "Fri Apr 18 14:42:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a jacket on bus 1818? It's waiting for you at Northside Transfer Center. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913204390356828913"
          ],
          "editableUntil" : "2025-04-18T13:14:06.936Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "2",
      "id_str" : "1913204390356828913",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1913204390356828913",
      "created_at" : "Fri Apr 18 12:14:06 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912968584553471433"
          ],
          "editableUntil" : "2025-04-17T21:37:06.452Z",
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
        "219"
      ],
      "favorite_count" : "1",
      "id_str" : "1912968584553471433",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1912968584553471433",
      "created_at" : "Thu Apr 17 20:37:06 +0000 2025",
      "favorited" : false,
      "full_text" : "The Memorial Day ceremony is this Tuesday at Harbor Point. Looks like fun. I got the time wrong in my last post. The 61 leaves Railroad Ave &amp; Bluff St at 3:45 pm. That's on me. Every route we run connects our community.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912954949348886140"
          ],
          "editableUntil" : "2025-04-17T20:42:55.566Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/exxKYwhMe0",
            "expanded_url" : "https://www.rrta.example/projects/bus-stop-audit",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "id_str" : "1912954949348886140",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912954949348886140",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 17 19:42:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: A crash on the bridge is slowing down Route 11 and Route 36. Give yourself an extra 10 minutes. https://t.co/exxKYwhMe0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912526392151521788"
          ],
          "editableUntil" : "2025-04-16T16:19:59.568Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1912526392151521788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912526392151521788",
      "created_at" : "Wed Apr 16 15:19:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912506589480917002"
          ],
          "editableUntil" : "2025-04-16T15:01:18.243Z",
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
              "107",
              "121"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "1912506589480917002",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1912506589480917002",
      "created_at" : "Wed Apr 16 14:01:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Terrace Pl &amp; Sycamore St for the Blue Line? It's about 10 minutes out. Anyone else seeing this? #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912493819830505011"
          ],
          "editableUntil" : "2025-04-16T14:10:33.721Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hey Maria1959",
            "screen_name" : "hey_maria1959",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "35469196560657726",
            "id" : "35469196560657726"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1912478882055459226",
      "id_str" : "1912493819830505011",
      "in_reply_to_user_id" : "35469196560657726",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1912493819830505011",
      "in_reply_to_status_id" : "1912478882055459226",
      "created_at" : "Wed Apr 16 13:10:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_maria1959 Hey there! So sorry to hear about your morning. Thanks for telling us. We've sent this to the Route 21 supervisor to talk with the driver. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_maria1959",
      "in_reply_to_user_id_str" : "35469196560657726"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912163477032038641"
          ],
          "editableUntil" : "2025-04-15T16:17:53.860Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "5",
      "id_str" : "1912163477032038641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912163477032038641",
      "created_at" : "Tue Apr 15 15:17:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Riverton is beautiful today. Perfect day for a walk along the river in Eastgate. 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911967377705001982"
          ],
          "editableUntil" : "2025-04-15T03:18:40.137Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "163",
              "171"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "2",
      "id_str" : "1911967377705001982",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911967377705001982",
      "created_at" : "Tue Apr 15 02:18:40 +0000 2025",
      "favorited" : false,
      "full_text" : "The air show is Thursday. Buses will drop off at City Hall, two blocks from the entrance. Any changes to Route 7X will only be considered after a full evaluation. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911882514318866721"
          ],
          "editableUntil" : "2025-04-14T21:41:27.130Z",
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
        "119"
      ],
      "favorite_count" : "2",
      "id_str" : "1911882514318866721",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911882514318866721",
      "created_at" : "Mon Apr 14 20:41:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the thunderstorm. Warming buses are parked at Southport Station and Northside Mall. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911834799695356319"
          ],
          "editableUntil" : "2025-04-14T18:31:51.077Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chris Dunn",
            "screen_name" : "chris_dunn",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4075371582538195968",
            "id" : "4075371582538195968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1911834799695356319",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911834799695356319",
      "created_at" : "Mon Apr 14 17:31:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Saw 978 people at the Job Center for the Dragon Boat races. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911586457190035935"
          ],
          "editableUntil" : "2025-04-14T02:05:01.610Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "2",
      "id_str" : "1911586457190035935",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911586457190035935",
      "created_at" : "Mon Apr 14 01:05:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Reminder: Municipal offices will observe modified operating hours on Wednesday in connection with the Juneteenth parad…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911372697779025950"
          ],
          "editableUntil" : "2025-04-13T11:55:37.394Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harbor Riverben",
            "screen_name" : "harbor_riverben",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "31240471804675716",
            "id" : "31240471804675716"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1911372697779025950",
      "in_reply_to_user_id" : "31240471804675716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911372697779025950",
      "created_at" : "Sun Apr 13 10:55:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_riverben Thank you for sharing this! We'll pass it along to the 13 driver. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbor_riverben",
      "in_reply_to_user_id_str" : "31240471804675716"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911035203356715290"
          ],
          "editableUntil" : "2025-04-12T13:34:32.454Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "1911035203356715290",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911035203356715290",
      "created_at" : "Sat Apr 12 12:34:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Found on Route 31: a backpack. Claim it at Central Station lost and found. 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910704251339747741"
          ],
          "editableUntil" : "2025-04-11T15:39:27.344Z",
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
        "169"
      ],
      "favorite_count" : "0",
      "id_str" : "1910704251339747741",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910704251339747741",
      "created_at" : "Fri Apr 11 14:39:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: the 7X skips Vine St until Tuesday. The closest stop is Vine St &amp; Willow Rd. Update: earlier I said the survey closes Tuesday. It closes Wednesday. My mistake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910353220047925008"
          ],
          "editableUntil" : "2025-04-10T16:24:34.962Z",
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
        "99"
      ],
      "favorite_count" : "17",
      "id_str" : "1910353220047925008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910353220047925008",
      "created_at" : "Thu Apr 10 15:24:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton Regional Transit recognizes Hiroshi for 7 years of exemplary service delivery on Route 12.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910337440702939249"
          ],
          "editableUntil" : "2025-04-10T15:21:52.873Z",
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
        "266"
      ],
      "favorite_count" : "9",
      "id_str" : "1910337440702939249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910337440702939249",
      "created_at" : "Thu Apr 10 14:21:52 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at 5th St &amp; Bridge St is done, so boarding with a wheelchair or stroller is easier. The elevator at Eastgate Transit Center is out of service. Use the ramp on the 5th St side. Proud of our team for getting Route 14 back on schedule so fast. Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910334106722470965"
          ],
          "editableUntil" : "2025-04-10T15:08:37.991Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "1910334106722470965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910334106722470965",
      "created_at" : "Thu Apr 10 14:08:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Riverton is beautiful today. Perfect day for a walk along the river in Quarry Hill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910114130338915627"
          ],
          "editableUntil" : "2025-04-10T00:34:31.534Z",
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
        "259"
      ],
      "favorite_count" : "0",
      "id_str" : "1910114130338915627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910114130338915627",
      "created_at" : "Wed Apr 09 23:34:31 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate Route 18 frequencies to reflect evolving ridership utilization patterns within the Kingsley catchment. New schedules start April 17. Route 18 will come every 12 minutes on weekdays. Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910061602910585116"
          ],
          "editableUntil" : "2025-04-09T21:05:48.019Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harbordad1968",
            "screen_name" : "harbordad1968",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "50610799471824572",
            "id" : "50610799471824572"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1910056145977087280",
      "id_str" : "1910061602910585116",
      "in_reply_to_user_id" : "50610799471824572",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910061602910585116",
      "in_reply_to_status_id" : "1910056145977087280",
      "created_at" : "Wed Apr 09 20:05:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbordad1968 Hey! We're sorry for the trouble. The 2:05 trip is our busiest. We've asked planning to add a bus. Riders like you make this job worth it. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbordad1968",
      "in_reply_to_user_id_str" : "50610799471824572"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909950706548751912"
          ],
          "editableUntil" : "2025-04-09T13:45:08.266Z",
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
        "urls" : [
          {
            "url" : "https://t.co/axbiid8gil",
            "expanded_url" : "https://www.rrta.example/schedules/september-19",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "12",
      "id_str" : "1909950706548751912",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909950706548751912",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 09 12:45:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Anita on the 1 just hit 22 years with zero crashes. Any changes to the 1 will only be considered after a full evaluation. https://t.co/axbiid8gil",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909617018950843726"
          ],
          "editableUntil" : "2025-04-08T15:39:10.943Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerd Nor",
            "screen_name" : "transitnerd_nor",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "639826929950286",
            "id" : "639826929950286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1909578139415563791",
      "id_str" : "1909617018950843726",
      "in_reply_to_user_id" : "639826929950286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909617018950843726",
      "in_reply_to_status_id" : "1909578139415563791",
      "created_at" : "Tue Apr 08 14:39:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_nor Hey there! Sorry for the wait. The app can lag when buses lose GPS near Market St. We've told our tech team.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_nor",
      "in_reply_to_user_id_str" : "639826929950286"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909422311839454894"
          ],
          "editableUntil" : "2025-04-08T02:45:29.150Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "157",
              "169"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "4",
      "id_str" : "1909422311839454894",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909422311839454894",
      "created_at" : "Tue Apr 08 01:45:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the cold snap is here. Buses are running but expect delays of 15 minutes. We must utilize actionable metrics to move the needle on response times. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909384101838360426"
          ],
          "editableUntil" : "2025-04-08T00:13:39.176Z",
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
        "120"
      ],
      "favorite_count" : "6",
      "id_str" : "1909384101838360426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909384101838360426",
      "created_at" : "Mon Apr 07 23:13:39 +0000 2025",
      "favorited" : false,
      "full_text" : "The Riverton Marathon is this Wednesday at Northside Mall. Looks like fun. Fun fact: the bus wash uses recycled water! 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909344780747450918"
          ],
          "editableUntil" : "2025-04-07T21:37:24.297Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "107",
              "115"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "116",
              "125"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "8",
      "id_str" : "1909344780747450918",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909344780747450918",
      "created_at" : "Mon Apr 07 20:37:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a sprawling evening along Prairie Ave. The art crawl is this Friday at the VA clinic. Looks like fun. #busstop #FareFree 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908260175968517346"
          ],
          "editableUntil" : "2025-04-04T21:47:34.367Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "100",
              "112"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "113",
              "121"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1908260175968517346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908260175968517346",
      "created_at" : "Fri Apr 04 20:47:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the snow. Warming buses are parked at University Station and Lakeside Plaza. #DetourAlert #transit ☀️🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907922926090753885"
          ],
          "editableUntil" : "2025-04-03T23:27:27.730Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "id_str" : "1907922926090753885",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907922926090753885",
      "created_at" : "Thu Apr 03 22:27:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Service update: Saw 31,539 people at Lakeside Plaza for the Riverfront concert series. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907898664248440787"
          ],
          "editableUntil" : "2025-04-03T21:51:03.256Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "264",
              "273"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "273"
      ],
      "favorite_count" : "5",
      "id_str" : "1907898664248440787",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907898664248440787",
      "created_at" : "Thu Apr 03 20:51:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Watching the chili cook-off crowds pour off Route 7 is the closest thing we have to a parade. Extra buses for the chili cook-off this Friday! Skip the parking and ride Route 7. Correction: the Route 7 detour starts Friday, not Sunday. Sorry, my mistake! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907884125966382796"
          ],
          "editableUntil" : "2025-04-03T20:53:17.060Z",
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
        "100"
      ],
      "favorite_count" : "7",
      "id_str" : "1907884125966382796",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907884125966382796",
      "created_at" : "Thu Apr 03 19:53:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 41,489 people at Millworks Lofts for Family Day at the zoo. Riverton, you showed up! 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907521643323395020"
          ],
          "editableUntil" : "2025-04-02T20:52:54.463Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1907521643323395020",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1907521643323395020",
      "created_at" : "Wed Apr 02 19:52:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Graduation weekend is Friday. Buses will drop off at Prairie Ave &amp; Summit Ave, two blocks from the entrance. Proud to…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907499357432896976"
          ],
          "editableUntil" : "2025-04-02T19:24:21.093Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "2",
      "id_str" : "1907499357432896976",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907499357432896976",
      "created_at" : "Wed Apr 02 18:24:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The City of Riverton has announced the schedule for the art crawl, which will take place at Riverton Library. Great qu…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907244446020243117"
          ],
          "editableUntil" : "2025-04-02T02:31:25.476Z",
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
        "154"
      ],
      "favorite_count" : "4",
      "id_str" : "1907244446020243117",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907244446020243117",
      "created_at" : "Wed Apr 02 01:31:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Our maintenance workforce maintained fleet availability of 313 vehicles throughout the high winds, reflecting operational excellence. Stay cool out there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907232245677031256"
          ],
          "editableUntil" : "2025-04-02T01:42:56.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Skaterlakeside1",
            "screen_name" : "skaterlakeside1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "9734382125238175",
            "id" : "9734382125238175"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3RbL8i7kVc",
            "expanded_url" : "https://www.rrta.example/alerts/april-25-route-29",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1907221795894211689",
      "id_str" : "1907232245677031256",
      "in_reply_to_user_id" : "9734382125238175",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907232245677031256",
      "in_reply_to_status_id" : "1907221795894211689",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 02 00:42:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterlakeside1 Hey! Ugh, sorry to hear that. We know the 29 arrivals have been off. A fix is going in this week. My bad, that link was broken. Here is the right one: https://t.co/3RbL8i7kVc Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterlakeside1",
      "in_reply_to_user_id_str" : "9734382125238175"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907074826917681085"
          ],
          "editableUntil" : "2025-04-01T15:17:25.131Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakesidenight67",
            "screen_name" : "lakesidenight67",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "28425648384422537",
            "id" : "28425648384422537"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/FBgCRM4hUA",
            "expanded_url" : "https://www.rrta.example/maps/route-1",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1906794821155780626",
      "id_str" : "1907074826917681085",
      "in_reply_to_user_id" : "28425648384422537",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907074826917681085",
      "in_reply_to_status_id" : "1906794821155780626",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 01 14:17:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidenight67 Hi there! Sorry to hear that. You can sign up for paratransit at https://t.co/FBgCRM4hUA or call 555-0177. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidenight67",
      "in_reply_to_user_id_str" : "28425648384422537"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906811978228622016"
          ],
          "editableUntil" : "2025-03-31T21:52:57.120Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "158",
              "174"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/KN2DfKYI1L",
            "expanded_url" : "https://x.com/RivDowntown/status/1906310739535880263",
            "display_url" : "x.com/RivDowntown/status/…",
            "indices" : [
              "233",
              "256"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "3",
      "id_str" : "1906811978228622016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906811978228622016",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 31 20:52:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Nothing beats the view of the river from the Job Center on a clear morning. We could not do this without our operators and mechanics. Shout-out to @gregtanaka_rrta, who took these photos at the Bike to Work Day breakfast. https://t.co/KN2DfKYI1L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906748289588979445"
          ],
          "editableUntil" : "2025-03-31T17:39:52.565Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1906748289588979445",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906748289588979445",
      "created_at" : "Mon Mar 31 16:39:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Service update: Municipal offices will observe modified operating hours on Wednesday in connection with the Riverfront…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906747112667955027"
          ],
          "editableUntil" : "2025-03-31T17:35:11.965Z",
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
        "83"
      ],
      "favorite_count" : "5",
      "id_str" : "1906747112667955027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906747112667955027",
      "created_at" : "Mon Mar 31 16:35:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the winter service plan: we mapped every stop in Parkside. More soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906697229956241252"
          ],
          "editableUntil" : "2025-03-31T14:16:59.000Z",
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
        "169"
      ],
      "favorite_count" : "1",
      "id_str" : "1906697229956241252",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1906697229956241252",
      "created_at" : "Mon Mar 31 13:16:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the microtransit zone in Southport is moving. This week the app beta has 31 testers. We must utilize actionable metrics to move the needle on farebox recovery.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906522078850881223"
          ],
          "editableUntil" : "2025-03-31T02:40:59.722Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Busrider Skater",
            "screen_name" : "busrider_skater",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "28660880437881486",
            "id" : "28660880437881486"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1906510966592072216",
      "id_str" : "1906522078850881223",
      "in_reply_to_user_id" : "28660880437881486",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906522078850881223",
      "in_reply_to_status_id" : "1906510966592072216",
      "created_at" : "Mon Mar 31 01:40:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_skater Hey! So sorry to hear about your morning. Route 18 is running about 6 minutes behind because of snow. It should reach the county courthouse around 4:40 pm. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_skater",
      "in_reply_to_user_id_str" : "28660880437881486"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905648293159412503"
          ],
          "editableUntil" : "2025-03-28T16:48:52.979Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1905648293159412503",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905648293159412503",
      "created_at" : "Fri Mar 28 15:48:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Implementation of fare capping continues to progress consistent with established timelines, with stakeholder consultation…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905643756703466524"
          ],
          "editableUntil" : "2025-03-28T16:30:51.404Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1905643756703466524",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905643756703466524",
      "created_at" : "Fri Mar 28 15:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: The City of Riverton has announced the schedule for the Bike to Work Day breakfast, which will take place at the ballpark. #…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905427963436017245"
          ],
          "editableUntil" : "2025-03-28T02:13:22.279Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kcoffee1955",
            "screen_name" : "kcoffee1955",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "15720788957360825",
            "id" : "15720788957360825"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1905421713646444900",
      "id_str" : "1905427963436017245",
      "in_reply_to_user_id" : "15720788957360825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905427963436017245",
      "in_reply_to_status_id" : "1905421713646444900",
      "created_at" : "Fri Mar 28 01:13:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@kcoffee1955 Hey! So sorry to hear about your morning. That's not OK. We've pulled bus 1749 to fix the ramp today. We're testing bike share passes with monthly cards soon, so your feedback really helps. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "kcoffee1955",
      "in_reply_to_user_id_str" : "15720788957360825"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905417871291925021"
          ],
          "editableUntil" : "2025-03-28T01:33:16.125Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcus Hill",
            "screen_name" : "mhill",
            "indices" : [
              "3",
              "9"
            ],
            "id_str" : "931042095",
            "id" : "931042095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1905417871291925021",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905417871291925021",
      "created_at" : "Fri Mar 28 00:33:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: The Night Owl expansion is moving. This week the first buses arrive in March.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904911114269269442"
          ],
          "editableUntil" : "2025-03-26T15:59:35.835Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1904911114269269442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904911114269269442",
      "created_at" : "Wed Mar 26 14:59:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Memorial Park on a claer morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904643195449610470"
          ],
          "editableUntil" : "2025-03-25T22:14:59.011Z",
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
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1904643195449610470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904643195449610470",
      "created_at" : "Tue Mar 25 21:14:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Riverton General Hospital on a clear morning. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904593337800358663"
          ],
          "editableUntil" : "2025-03-25T18:56:52.021Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nightprof1961",
            "screen_name" : "nightprof1961",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "44181493591125170",
            "id" : "44181493591125170"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1904575235528254167",
      "id_str" : "1904593337800358663",
      "in_reply_to_user_id" : "44181493591125170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904593337800358663",
      "in_reply_to_status_id" : "1904575235528254167",
      "created_at" : "Tue Mar 25 17:56:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightprof1961 Hello! Sorry for the wait. Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightprof1961",
      "in_reply_to_user_id_str" : "44181493591125170"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904580215511777001"
          ],
          "editableUntil" : "2025-03-25T18:04:43.424Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1904580215511777001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904580215511777001",
      "created_at" : "Tue Mar 25 17:04:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: The City of Riverton has announced the schedule for the River Hawks home opener, which will take place at West High Schoo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904542524352396615"
          ],
          "editableUntil" : "2025-03-25T15:34:57.151Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "3",
              "10"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1904542524352396615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904542524352396615",
      "created_at" : "Tue Mar 25 14:34:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Municipal offices will observe modified operating hours on Tuesday in connection with the Juneteenth parade. Teamwork: @mayaoka…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904320810391561002"
          ],
          "editableUntil" : "2025-03-25T00:53:56.424Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tessa Nguyen",
            "screen_name" : "tessarides",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "3127294018",
            "id" : "3127294018"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1904320810391561002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904320810391561002",
      "created_at" : "Mon Mar 24 23:53:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Service update: In response to the high winds, Riverton Regional Transit has activated inclement weather operational protoc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904211181247482674"
          ],
          "editableUntil" : "2025-03-24T17:38:18.799Z",
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
        "235"
      ],
      "favorite_count" : "4",
      "id_str" : "1904211181247482674",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1904211181247482674",
      "created_at" : "Mon Mar 24 16:38:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Harbor Point is glittering this day. Thank a bus driver today. Ms. Carla on the Night Owl just hit 15 years with zero crashes. Have a great weekend, everyone! You all asked, so here's a thread on the sidewalk-to-stop program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903180901793312486"
          ],
          "editableUntil" : "2025-03-21T21:24:21.035Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Coffeethe Real4",
            "screen_name" : "coffeethe_real4",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "51228220059426568",
            "id" : "51228220059426568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1903178358627624044",
      "id_str" : "1903180901793312486",
      "in_reply_to_user_id" : "51228220059426568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903180901793312486",
      "in_reply_to_status_id" : "1903178358627624044",
      "created_at" : "Fri Mar 21 20:24:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffeethe_real4 Hello! Sorry to hear about the trouble today. The next 36 is about 6 minutes away from Monroe St &amp; Quarry Rd. We're testing painting the Monroe St &amp; Quarry Rd shelter with local artists soon, so your feedback really helps. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffeethe_real4",
      "in_reply_to_user_id_str" : "51228220059426568"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903140203817055215"
          ],
          "editableUntil" : "2025-03-21T18:42:37.882Z",
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
        "201"
      ],
      "favorite_count" : "1",
      "id_str" : "1903140203817055215",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903140203817055215",
      "created_at" : "Fri Mar 21 17:42:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the food truck rally? Route 61 runs every 25 minutes until midnight on Wednesday. The food truck rally is Wednesday. Buses will drop off at Summit Ave &amp; Tower Rd, two blocks from the entrance.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902801977680778352"
          ],
          "editableUntil" : "2025-03-20T20:18:38.487Z",
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
        "166"
      ],
      "favorite_count" : "10",
      "id_str" : "1902801977680778352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902801977680778352",
      "created_at" : "Thu Mar 20 19:18:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Oak Grove. The summer block party is this Friday at the Job Center. Looks like fun. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902774962303667114"
          ],
          "editableUntil" : "2025-03-20T18:31:17.519Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "City of Riverton",
            "screen_name" : "RivertonCity",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "3934465654",
            "id" : "3934465654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1902774962303667114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902774962303667114",
      "created_at" : "Thu Mar 20 17:31:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: Vertical circulation infrastructure at Central Station is temporarily non-operational; alternative access…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902443187120742364"
          ],
          "editableUntil" : "2025-03-19T20:32:56.151Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "113",
              "125"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/qBIs1l4NAG",
            "expanded_url" : "https://x.com/RivBikes/status/1901912928680027803",
            "display_url" : "x.com/RivBikes/status/190…",
            "indices" : [
              "186",
              "209"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "4",
      "id_str" : "1902443187120742364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902443187120742364",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 19 19:32:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Did you leave a jacket on bus 1714? It's waiting for you at Eastgate Transit Center. Teamwork: @victor_lang and our ops crew sorted out the Route 33 detour in an hour. https://t.co/qBIs1l4NAG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902435257320568266"
          ],
          "editableUntil" : "2025-03-19T20:01:25.540Z",
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
        "273"
      ],
      "favorite_count" : "0",
      "id_str" : "1902435257320568266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902435257320568266",
      "created_at" : "Wed Mar 19 19:01:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The Bike to Work Day breakfast is Wednesday. Buses will drop off at Memorial Park, two blocks from the entrance. Supplemental service deployment will support anticipated demand associated with the Bike to Work Day breakfast, with enhanced frequency on Route 37. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902391426952479488"
          ],
          "editableUntil" : "2025-03-19T17:07:15.566Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Djnight26",
            "screen_name" : "djnight26",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "67386900962501381",
            "id" : "67386900962501381"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1902123722067906898",
      "id_str" : "1902391426952479488",
      "in_reply_to_user_id" : "67386900962501381",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902391426952479488",
      "in_reply_to_status_id" : "1902123722067906898",
      "created_at" : "Wed Mar 19 16:07:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@djnight26 Hey! Buses run until about an hour after the St. Patrick's parade ends. Stay warm out there! 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "djnight26",
      "in_reply_to_user_id_str" : "67386900962501381"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902383022390181627"
          ],
          "editableUntil" : "2025-03-19T16:33:51.762Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "11",
      "id_str" : "1902383022390181627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902383022390181627",
      "created_at" : "Wed Mar 19 15:33:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Route 61 riders: the stop at St. Luke's Clinic is closed this week. Walk one block to Water St.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902358087674214180"
          ],
          "editableUntil" : "2025-03-19T14:54:46.862Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tjgrandpa90",
            "screen_name" : "tjgrandpa90",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "37282331242232286",
            "id" : "37282331242232286"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1902353363825222739",
      "id_str" : "1902358087674214180",
      "in_reply_to_user_id" : "37282331242232286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902358087674214180",
      "in_reply_to_status_id" : "1902353363825222739",
      "created_at" : "Wed Mar 19 13:54:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjgrandpa90 Ugh, sorry to hear that. The 7:00 am trip is our busiest. We've asked planning to add a bus. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjgrandpa90",
      "in_reply_to_user_id_str" : "37282331242232286"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902353226258498961"
          ],
          "editableUntil" : "2025-03-19T14:35:27.810Z",
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
        "213"
      ],
      "favorite_count" : "16",
      "id_str" : "1902353226258498961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902353226258498961",
      "created_at" : "Wed Mar 19 13:35:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Some days the bus is a little moving living room: coffee, gossip, Mr. Leon at the wheel. Heads up: Route 35 skips Water St until Thursday. The closest stop is Water St &amp; Division St. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902341548060449389"
          ],
          "editableUntil" : "2025-03-19T13:49:03.511Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dad Owl45",
            "screen_name" : "dad_owl45",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "30126816116130987",
            "id" : "30126816116130987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1902316698004358920",
      "id_str" : "1902341548060449389",
      "in_reply_to_user_id" : "30126816116130987",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902341548060449389",
      "in_reply_to_status_id" : "1902316698004358920",
      "created_at" : "Wed Mar 19 12:49:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@dad_owl45 This is so nice to hear. We'll make sure Ms. Carla sees it. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dad_owl45",
      "in_reply_to_user_id_str" : "30126816116130987"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902010578785594196"
          ],
          "editableUntil" : "2025-03-18T15:53:54.287Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Harbor1995",
            "screen_name" : "sam_harbor1995",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "9795266147882617",
            "id" : "9795266147882617"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1901859005467818857",
      "id_str" : "1902010578785594196",
      "in_reply_to_user_id" : "9795266147882617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902010578785594196",
      "in_reply_to_status_id" : "1901859005467818857",
      "created_at" : "Tue Mar 18 14:53:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_harbor1995 Hey! Ugh, sorry to hear that. The 6:05 trip is our busiest. We have asked planning to add a bus.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_harbor1995",
      "in_reply_to_user_id_str" : "9795266147882617"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901766241513230030"
          ],
          "editableUntil" : "2025-03-17T23:42:59.741Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Busrider Hey95",
            "screen_name" : "busrider_hey95",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "33411166287858364",
            "id" : "33411166287858364"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1901755348514684820",
      "id_str" : "1901766241513230030",
      "in_reply_to_user_id" : "33411166287858364",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901766241513230030",
      "in_reply_to_status_id" : "1901755348514684820",
      "created_at" : "Mon Mar 17 22:42:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_hey95 Hello! Sorry for the wait. The next 5 is about 8 minutes away from Riverton Community College. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_hey95",
      "in_reply_to_user_id_str" : "33411166287858364"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901752200933176161"
          ],
          "editableUntil" : "2025-03-17T22:47:12.206Z",
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
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1901752200933176161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901752200933176161",
      "created_at" : "Mon Mar 17 21:47:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts April 3: once you've paid $5 in a day, the rest of your rides are free. Please share with your neighbors who ride the Crosstown Connector!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901727519373272236"
          ],
          "editableUntil" : "2025-03-17T21:09:07.664Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "209",
              "218"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "219",
              "229"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "2",
      "id_str" : "1901727519373272236",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901727519373272236",
      "created_at" : "Mon Mar 17 20:09:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Dragon Boat races is this Friday at the Farmers Market. Looks like fun. Great question! I do not know offhand, but our planning team does. Checking now. Proud to serve Riverton riders every day. #RideRRTA #RiverDays 😀🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901689939466367076"
          ],
          "editableUntil" : "2025-03-17T18:39:47.916Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Real Nurse2",
            "screen_name" : "the_real_nurse2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "55697918041983374",
            "id" : "55697918041983374"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1901653482692158288",
      "id_str" : "1901689939466367076",
      "in_reply_to_user_id" : "55697918041983374",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1901689939466367076",
      "in_reply_to_status_id" : "1901653482692158288",
      "created_at" : "Mon Mar 17 17:39:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_nurse2 Thanks! We will pull bus 2180 for an AC check when it gets back to the garage!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_nurse2",
      "in_reply_to_user_id_str" : "55697918041983374"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901664568838538393"
          ],
          "editableUntil" : "2025-03-17T16:58:59.087Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Night K",
            "screen_name" : "night_k",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "34119810710035090",
            "id" : "34119810710035090"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "12",
      "id_str" : "1901664568838538393",
      "in_reply_to_user_id" : "34119810710035090",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1901664568838538393",
      "created_at" : "Mon Mar 17 15:58:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_k Yes, the 88 runs until about 11 pm on weekdays. Enjoy the ride! Stay warm out there! ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_k",
      "in_reply_to_user_id_str" : "34119810710035090"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901635009172176645"
          ],
          "editableUntil" : "2025-03-17T15:01:31.513Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Realnorthsi",
            "screen_name" : "the_realnorthsi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "45217308776674149",
            "id" : "45217308776674149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1901231710242010419",
      "id_str" : "1901635009172176645",
      "in_reply_to_user_id" : "45217308776674149",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1901635009172176645",
      "in_reply_to_status_id" : "1901231710242010419",
      "created_at" : "Mon Mar 17 14:01:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realnorthsi Hello! Sorry to hear that. Thanks for flagging. Crews are on the way. Use the Mill St ramp for now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realnorthsi",
      "in_reply_to_user_id_str" : "45217308776674149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900661221036978457"
          ],
          "editableUntil" : "2025-03-14T22:32:02.330Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "165",
              "177"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/HblT05zIel",
            "expanded_url" : "https://x.com/victor_lang/status/1900122065339534487",
            "display_url" : "x.com/victor_lang/status/…",
            "indices" : [
              "182",
              "205"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "3",
      "id_str" : "1900661221036978457",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900661221036978457",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 14 21:32:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location during business hours. #DetourAlert 🚌❄️ https://t.co/HblT05zIel",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900559136582639568"
          ],
          "editableUntil" : "2025-03-14T15:46:23.499Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakeside Dad",
            "screen_name" : "lakeside_dad",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "29064701909024675",
            "id" : "29064701909024675"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/BF3vD9T4qv",
            "expanded_url" : "https://www.rrta.example/projects/electric-bus-rollout",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1900555880482187563",
      "id_str" : "1900559136582639568",
      "in_reply_to_user_id" : "29064701909024675",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1900559136582639568",
      "in_reply_to_status_id" : "1900555880482187563",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 14 14:46:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_dad Fare product pricing information is available at https://t.co/BF3vD9T4qv. Good question. I do not know, but I am asking our customer experience team now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_dad",
      "in_reply_to_user_id_str" : "29064701909024675"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900549863142090607"
          ],
          "editableUntil" : "2025-03-14T15:09:32.539Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owlprof",
            "screen_name" : "owlprof",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "45973326609206165",
            "id" : "45973326609206165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1900546619107756265",
      "id_str" : "1900549863142090607",
      "in_reply_to_user_id" : "45973326609206165",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1900549863142090607",
      "in_reply_to_status_id" : "1900546619107756265",
      "created_at" : "Fri Mar 14 14:09:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlprof Sorry to hear that. Route 15 had fog on the river road and is catching up now. Next bus is 7 minutes out. I was mitsaken about the ridership figures and have revised them. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlprof",
      "in_reply_to_user_id_str" : "45973326609206165"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900546848542050408"
          ],
          "editableUntil" : "2025-03-14T14:57:33.802Z",
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
        "157"
      ],
      "favorite_count" : "4",
      "id_str" : "1900546848542050408",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1900546848542050408",
      "created_at" : "Fri Mar 14 13:57:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the electric bus rollout on Tuesday, 7:20 at the Farmers Market. Kids welcome. Experiment time: a meet-your-driver day on the 13 this month.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900538548597152905"
          ],
          "editableUntil" : "2025-03-14T14:24:34.941Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerddad",
            "screen_name" : "transitnerddad",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "54741582090642483",
            "id" : "54741582090642483"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1900523644437188604",
      "id_str" : "1900538548597152905",
      "in_reply_to_user_id" : "54741582090642483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900538548597152905",
      "in_reply_to_status_id" : "1900523644437188604",
      "created_at" : "Fri Mar 14 13:24:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerddad Hello! We apologize for the delay. That shouldn't happen at Lakeside Plaza. Can you send us the time and direction so we can follow up? Our team is on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerddad",
      "in_reply_to_user_id_str" : "54741582090642483"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1900316002842944151",
          "editControlInitial" : {
            "editTweetIds" : [
              "1900316002842944151",
              "1900316877958291357"
            ],
            "editableUntil" : "2025-03-13T23:40:15.898Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "192",
              "202"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "0",
      "id_str" : "1900316877958291357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900316877958291357",
      "created_at" : "Thu Mar 13 22:43:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 132 people at the Senior Center for the Dragon Boat races. Riverton, you showed up! I got the time wrong in my last post. The 41 leaves Summit Ave &amp; Garfield Ave at 7:40 am. That's on me. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900316002842944151",
            "1900316877958291357"
          ],
          "editableUntil" : "2025-03-13T23:40:15.898Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "192",
              "202"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "0",
      "id_str" : "1900316002842944151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900316002842944151",
      "created_at" : "Thu Mar 13 22:40:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 132 poeple at the Senior Center for the Dragon Boat races. Riverton, you showed up! I got the time wrong in my last post. The 41 leaves Summit Ave &amp; Garfield Ave at 7:40 am. That's on me. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899526361981016284"
          ],
          "editableUntil" : "2025-03-11T19:22:30.846Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Momriverbend55",
            "screen_name" : "momriverbend55",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "27959733344643000",
            "id" : "27959733344643000"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/BQqzxnIpvB",
            "expanded_url" : "https://www.rrta.example/news/bike-to-work-day-breakfast",
            "display_url" : "www.rrta.example/news/bik…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1899524407474678995",
      "id_str" : "1899526361981016284",
      "in_reply_to_user_id" : "27959733344643000",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1899526361981016284",
      "in_reply_to_status_id" : "1899524407474678995",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 11 18:22:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@momriverbend55 Hey there! We're looking at service to Oak Grove as part of the Northside network plan. Tell us more here: https://t.co/BQqzxnIpvB Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "momriverbend55",
      "in_reply_to_user_id_str" : "27959733344643000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899464416958963160"
          ],
          "editableUntil" : "2025-03-11T15:16:22.002Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerdnigh",
            "screen_name" : "transitnerdnigh",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "31904769283602820",
            "id" : "31904769283602820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1899441864516723669",
      "id_str" : "1899464416958963160",
      "in_reply_to_user_id" : "31904769283602820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899464416958963160",
      "in_reply_to_status_id" : "1899441864516723669",
      "created_at" : "Tue Mar 11 14:16:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdnigh Yes! The 30 runs every 8 minutes before and atfer the River Hawks home opener.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdnigh",
      "in_reply_to_user_id_str" : "31904769283602820"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899181874788055931"
          ],
          "editableUntil" : "2025-03-10T20:33:38.699Z",
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
        "173"
      ],
      "favorite_count" : "1",
      "id_str" : "1899181874788055931",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899181874788055931",
      "created_at" : "Mon Mar 10 19:33:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the Northside network plan on Wednesday, 8:10 am at the Senior Center. Kids welcome. Every route we run connects our community. Anyone else seeing this? 🚍🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899155733098019262"
          ],
          "editableUntil" : "2025-03-10T18:49:46.034Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "82",
              "98"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "99",
              "107"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1899155733098019262",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1899155733098019262",
      "created_at" : "Mon Mar 10 17:49:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 114 people at the fairgrounds for Pride in the Park. Riverton, you showed up! #RivertonTransit #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899105823466104617"
          ],
          "editableUntil" : "2025-03-10T15:31:26.651Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owl Z",
            "screen_name" : "owl_z",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "39041445428079723",
            "id" : "39041445428079723"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uqtDbBR5ME",
            "expanded_url" : "https://www.rrta.example/projects/main-st-bus-lane",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1898407302805234399",
      "id_str" : "1899105823466104617",
      "in_reply_to_user_id" : "39041445428079723",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899105823466104617",
      "in_reply_to_status_id" : "1898407302805234399",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 10 14:31:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_z Revised timetable information is available via https://t.co/uqtDbBR5ME and will take effect March 23. Enjoy the ride! Please don't hesitate to reach out should you require additional assistance. 🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_z",
      "in_reply_to_user_id_str" : "39041445428079723"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898178273408978530"
          ],
          "editableUntil" : "2025-03-08T02:05:41.484Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1898178273408978530",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1898178273408978530",
      "created_at" : "Sat Mar 08 01:05:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Municipal offices will observe modified operating hours on Wednesday in connection with the summer block party. This requi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898136191578755291"
          ],
          "editableUntil" : "2025-03-07T23:18:28.394Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Community College",
            "screen_name" : "RivertonCC",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1898136191578755291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898136191578755291",
      "created_at" : "Fri Mar 07 22:18:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: The City of Riverton has announced the schedule for the Cinco de Mayo festival, which will take place at the Farmers Market.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898012190174957714"
          ],
          "editableUntil" : "2025-03-07T15:05:44.155Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "1898012190174957714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898012190174957714",
      "created_at" : "Fri Mar 07 14:05:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Family Day at the zoo is this Monday at the ballpark. Looks like fun. 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897853394264893139"
          ],
          "editableUntil" : "2025-03-07T04:34:44.260Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "116",
              "128"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/rOyXFuGpqh",
            "expanded_url" : "https://x.com/RivertonSchools/status/1897136826542826641",
            "display_url" : "x.com/RivertonSchools/sta…",
            "indices" : [
              "232",
              "255"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "9",
      "id_str" : "1897853394264893139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897853394264893139",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 07 03:34:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Saw 9,760 people at the ballpark for the St. Patrick's parade. Riverton, you showed up! Teamwork: @victor_lang and our ops crew sorted out the Route 13 detour in an hour. Share this with anyone who rides Route 13! https://t.co/rOyXFuGpqh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897758907420815384"
          ],
          "editableUntil" : "2025-03-06T22:19:16.841Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "5",
      "id_str" : "1897758907420815384",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897758907420815384",
      "created_at" : "Thu Mar 06 21:19:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Watching the jazz festival crowds pour off the Night Owl is the closest thing we have to a parade. Buses on the Night Owl…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897744835141356826"
          ],
          "editableUntil" : "2025-03-06T21:23:21.748Z",
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
        "urls" : [
          {
            "url" : "https://t.co/XM3zz7YKhH",
            "expanded_url" : "https://www.rrta.example/alerts/march-7-route-88",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "165",
              "188"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "1",
      "id_str" : "1897744835141356826",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897744835141356826",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 06 20:23:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The elevator at Central Station is out of service. Use the ramp on the Harbor Dr side. Fixed the broken link from my last post, sorry about that: https://t.co/XM3zz7YKhH You all asked, so here's a thread on fare capping!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897675032473442283"
          ],
          "editableUntil" : "2025-03-06T16:45:59.495Z",
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
        "164"
      ],
      "favorite_count" : "3",
      "id_str" : "1897675032473442283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897675032473442283",
      "created_at" : "Thu Mar 06 15:45:59 +0000 2025",
      "favorited" : false,
      "full_text" : "The county fair is this Friday at West High School. Looks like fun. It's in the schedule. This is why transit matters: a rider got to a job interview in Union Hill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897655891366381034"
          ],
          "editableUntil" : "2025-03-06T15:29:55.900Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "102"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1897655352744882613",
      "id_str" : "1897655891366381034",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1897655891366381034",
      "in_reply_to_status_id" : "1897655352744882613",
      "created_at" : "Thu Mar 06 14:29:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Open house about the student pass program on Thursday, 5:55 am at City Hall. Kids welcome. ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897655352744882613"
          ],
          "editableUntil" : "2025-03-06T15:27:47.482Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "188"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1897655059178327088",
      "id_str" : "1897655352744882613",
      "in_reply_to_user_id" : "8025564529926461440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897655352744882613",
      "in_reply_to_status_id" : "1897655059178327088",
      "created_at" : "Thu Mar 06 14:27:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the transit signal priority project on Wednesday, 11:15 at Riverton Library. Kids welcome. Buses get our residents to jobs, school and the doctor. You all are the best. 💙😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "sampatel",
      "in_reply_to_user_id_str" : "8025564529926461440"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897655059178327088"
          ],
          "editableUntil" : "2025-03-06T15:26:37.491Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "63",
              "73"
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
      "favorite_count" : "0",
      "id_str" : "1897655059178327088",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897655059178327088",
      "created_at" : "Thu Mar 06 14:26:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 28 carried 2,871 rides last week, up 30% from last year. #RiverDays 🌧️🚍 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897638262810277515"
          ],
          "editableUntil" : "2025-03-06T14:19:52.924Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Community College",
            "screen_name" : "RivertonCC",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1897638262810277515",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897638262810277515",
      "created_at" : "Thu Mar 06 13:19:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Municipal offices will observe modified operating hours on Wednesday in connection with Pride in the Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897468411749356590"
          ],
          "editableUntil" : "2025-03-06T03:04:57.276Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "nadiahaddad_rrt",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1137301973",
            "id" : "1137301973"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1897468411749356590",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897468411749356590",
      "created_at" : "Thu Mar 06 02:04:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Service update: Accessibility enhancements at the Park Ave &amp; Maple St boarding location have been completed in accorda…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897435104730423762"
          ],
          "editableUntil" : "2025-03-06T00:52:36.264Z",
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
        "198"
      ],
      "favorite_count" : "8",
      "id_str" : "1897435104730423762",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897435104730423762",
      "created_at" : "Wed Mar 05 23:52:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Riverfront concert series is this Wednesday at the fairgrounds. Looks like fun. Update: earlier I said the survey closes Wednesday. It closes Tuesday. My mistake. You all are the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897406815104153834"
          ],
          "editableUntil" : "2025-03-05T23:00:11.491Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "127",
              "136"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "137",
              "152"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/o2PYaQ74dy",
            "expanded_url" : "https://www.rrta.example/maps/route-3",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "14",
      "id_str" : "1897406815104153834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897406815104153834",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 22:00:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/o2PYaQ74dy #Riverton #TransitTuesday 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897322671558170994"
          ],
          "editableUntil" : "2025-03-05T17:25:50.107Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dj Northside197",
            "screen_name" : "dj_northside197",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2330315333367217",
            "id" : "2330315333367217"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1897320049593310506",
      "id_str" : "1897322671558170994",
      "in_reply_to_user_id" : "2330315333367217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897322671558170994",
      "in_reply_to_status_id" : "1897320049593310506",
      "created_at" : "Wed Mar 05 16:25:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@dj_northside197 Hi there! Thanks for flagging. Crews are on the way. Use the Lakeview Dr ramp for now. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dj_northside197",
      "in_reply_to_user_id_str" : "2330315333367217"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897128411806039829"
          ],
          "editableUntil" : "2025-03-05T04:33:54.972Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "16",
      "id_str" : "1897128411806039829",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897128411806039829",
      "created_at" : "Wed Mar 05 03:33:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Saw 23,230 people at Memorial Park for the food truck rally. Riverton, you showed up! Municipal offices will observe mod…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896997213033667907"
          ],
          "editableUntil" : "2025-03-04T19:52:34.748Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Katriverton1954",
            "screen_name" : "katriverton1954",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "30088761778096114",
            "id" : "30088761778096114"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/c8IIzBeKcz",
            "expanded_url" : "https://www.rrta.example/meetings/electric-bus-rollout-3",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1896992508584258321",
      "id_str" : "1896997213033667907",
      "in_reply_to_user_id" : "30088761778096114",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896997213033667907",
      "in_reply_to_status_id" : "1896992508584258321",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 04 18:52:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@katriverton1954 We apologize for the inconvenience. You can sign up for paratransit at https://t.co/c8IIzBeKcz or call 555-0177. We're working on it together with operations. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "katriverton1954",
      "in_reply_to_user_id_str" : "30088761778096114"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896994855441809534"
          ],
          "editableUntil" : "2025-03-04T19:43:12.654Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "8",
      "id_str" : "1896994855441809534",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1896994855441809534",
      "created_at" : "Tue Mar 04 18:43:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: If the 2 had a soundtrack, this morning it would be a slow jazz tune. The Northside network plan is moving. This week…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896954957885214418"
          ],
          "editableUntil" : "2025-03-04T17:04:40.335Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zdee",
            "screen_name" : "zdee",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "4771110435056598",
            "id" : "4771110435056598"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/N7jiP1G87m",
            "expanded_url" : "https://www.rrta.example/survey/canal-district",
            "display_url" : "www.rrta.example/survey/c…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1896941917174967244",
      "id_str" : "1896954957885214418",
      "in_reply_to_user_id" : "4771110435056598",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896954957885214418",
      "in_reply_to_status_id" : "1896941917174967244",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 04 16:04:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@zdee We apologize for the inconvenience. You can sign up for paratransit at https://t.co/N7jiP1G87m or call 555-0177. We are working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zdee",
      "in_reply_to_user_id_str" : "4771110435056598"
    }
  }
]