window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961531363254188672"
          ],
          "editableUntil" : "2025-08-29T21:48:15.147Z",
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
            "name" : "Nightriverton",
            "screen_name" : "nightriverton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "7625812978612485",
            "id" : "7625812978612485"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/HEHXF6yMxo",
            "expanded_url" : "https://www.rrta.example/projects/microtransit-zone-in-southport",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1961446292002320617",
      "id_str" : "1961531363254188672",
      "in_reply_to_user_id" : "7625812978612485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961531363254188672",
      "in_reply_to_status_id" : "1961446292002320617",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 29 20:48:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightriverton Thank you for contacting Riverton Regional Transit. Revised timetable information is available via https://t.co/HEHXF6yMxo and will take effect September 11. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightriverton",
      "in_reply_to_user_id_str" : "7625812978612485"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961515293793880169"
          ],
          "editableUntil" : "2025-08-29T20:44:23.889Z",
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
        "260"
      ],
      "favorite_count" : "0",
      "id_str" : "1961515293793880169",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1961515293793880169",
      "created_at" : "Fri Aug 29 19:44:23 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for graduation weekend, which will take place at the Food Co-op. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. Our value proposition depends on a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961507590747088829"
          ],
          "editableUntil" : "2025-08-29T20:13:47.339Z",
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
        "241"
      ],
      "favorite_count" : "3",
      "id_str" : "1961507590747088829",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961507590747088829",
      "created_at" : "Fri Aug 29 19:13:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Personal property items recovered from revenue vehicles may be retrieved at the Eastgate Transit Center customer service location during business hours. It is in the schedule. This requires a holistic, multimodal interoperability paradigm. 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961483114853351970"
          ],
          "editableUntil" : "2025-08-29T18:36:31.832Z",
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
      "favorite_count" : "12",
      "id_str" : "1961483114853351970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961483114853351970",
      "created_at" : "Fri Aug 29 17:36:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Our maintenance workforce maintained fleet availability of 30,293 vehicles throughout the thunderstorm, reflecting operational excellence. Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961183559308018044"
          ],
          "editableUntil" : "2025-08-28T22:46:12.224Z",
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
        "205"
      ],
      "favorite_count" : "3",
      "id_str" : "1961183559308018044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961183559308018044",
      "created_at" : "Thu Aug 28 21:46:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. We must utilize actionable metrics to move the needle on farebox recovery!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960820229941839770"
          ],
          "editableUntil" : "2025-08-27T22:42:27.753Z",
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
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1960820229941839770",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960820229941839770",
      "created_at" : "Wed Aug 27 21:42:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: The St. Patrick's parade is this Monday at Riverton Library. Looks like fun. Have a great weekend, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960765010981749780"
          ],
          "editableUntil" : "2025-08-27T19:03:02.527Z",
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
        "237"
      ],
      "favorite_count" : "0",
      "id_str" : "1960765010981749780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960765010981749780",
      "created_at" : "Wed Aug 27 18:03:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Reposting with the right details: Customers should anticipate service delays on the 26 as a consequence of adverse meteorological conditions; real-time arrival information remains available via our digital platforms. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960701050319538783"
          ],
          "editableUntil" : "2025-08-27T14:48:53.117Z",
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
            "url" : "https://t.co/frX6DZ6Lt1",
            "expanded_url" : "https://www.rrta.example/meetings/transit-signal-priority-project-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "148",
              "171"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "261"
      ],
      "favorite_count" : "0",
      "id_str" : "1960701050319538783",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960701050319538783",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 27 13:48:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Members of the public are invited to provide feedback regarding the transit signal priority project via the designated comment submission portal at https://t.co/frX6DZ6Lt1. Stakeholder consultation sessions regarding the transit signal priority project will be…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960517134033940457"
          ],
          "editableUntil" : "2025-08-27T02:38:04.057Z",
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
        "255"
      ],
      "favorite_count" : "1",
      "id_str" : "1960517134033940457",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960517134033940457",
      "created_at" : "Wed Aug 27 01:38:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The forthcoming service modification package will recalibrate Route 11 frequencies to reflect evolving ridership utilization patterns within the Northside catchment. We must utilize actionable metrics to move the needle on missed trips.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960055819701573290"
          ],
          "editableUntil" : "2025-08-25T20:04:58.149Z",
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
            "name" : "Jesscoffee",
            "screen_name" : "jesscoffee",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "11153248999633794",
            "id" : "11153248999633794"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/HulxDzg8ne",
            "expanded_url" : "https://www.rrta.example/projects/fare-capping",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1960043272562466140",
      "id_str" : "1960055819701573290",
      "in_reply_to_user_id" : "11153248999633794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960055819701573290",
      "in_reply_to_status_id" : "1960043272562466140",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 25 19:04:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@jesscoffee Greetings. Fare product pricing information is available at https://t.co/HulxDzg8ne. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jesscoffee",
      "in_reply_to_user_id_str" : "11153248999633794"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959998275245557057"
          ],
          "editableUntil" : "2025-08-25T16:16:18.482Z",
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
        "267"
      ],
      "favorite_count" : "1",
      "id_str" : "1959998275245557057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959998275245557057",
      "created_at" : "Mon Aug 25 15:16:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The bus shelter redesign initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Implementation of the bus shelter redesign continues to progress consistent with established timelines, with implementation…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959979390775606947"
          ],
          "editableUntil" : "2025-08-25T15:01:16.074Z",
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
            "name" : "Mombusrider1989",
            "screen_name" : "mombusrider1989",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "51580050831464355",
            "id" : "51580050831464355"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1959253355515021580",
      "id_str" : "1959979390775606947",
      "in_reply_to_user_id" : "51580050831464355",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1959979390775606947",
      "in_reply_to_status_id" : "1959253355515021580",
      "created_at" : "Mon Aug 25 14:01:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@mombusrider1989 We are sorry this happened. We have escalated the reported real-time data discrepancy for the 12 to our technology vendor for remediation!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mombusrider1989",
      "in_reply_to_user_id_str" : "51580050831464355"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958985784964617964"
          ],
          "editableUntil" : "2025-08-22T21:13:01.988Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "132",
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
      "id_str" : "1958985784964617964",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958985784964617964",
      "created_at" : "Fri Aug 22 20:13:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attednance at Pride in the Park. Thank you, Riverton! #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958928000628550559"
          ],
          "editableUntil" : "2025-08-22T17:23:25.129Z",
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
            "url" : "https://t.co/4QCJdCKHct",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "0",
      "id_str" : "1958928000628550559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958928000628550559",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 16:23:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beatuiful today. Perfect day for a walk along the river in Oak Grove. Let us circle back once we have more bandwidth. https://t.co/4QCJdCKHct",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958582675978558221"
          ],
          "editableUntil" : "2025-08-21T18:31:13.316Z",
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
        "239"
      ],
      "favorite_count" : "0",
      "id_str" : "1958582675978558221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958582675978558221",
      "created_at" : "Thu Aug 21 17:31:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Due to structural bridge evaluation procedures on Prairie Ave, Route 13 will operate on a temporary detour utilizing Railroad Ave until further notice. Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958574746921467911"
          ],
          "editableUntil" : "2025-08-21T17:59:42.882Z",
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
      "favorite_count" : "2",
      "id_str" : "1958574746921467911",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958574746921467911",
      "created_at" : "Thu Aug 21 16:59:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Riverton Regional Transit recognizes Ms. Dorothy for 26 years of exemplary service delivery on Route 10. Ms. Dorothy has d…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958228144338021604"
          ],
          "editableUntil" : "2025-08-20T19:02:26.386Z",
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
        "173"
      ],
      "favorite_count" : "0",
      "id_str" : "1958228144338021604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958228144338021604",
      "created_at" : "Wed Aug 20 18:02:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Fourth of July fireworks. Fun fact: Route 42 is the busiest route on Mondays!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958197330792960728"
          ],
          "editableUntil" : "2025-08-20T16:59:59.865Z",
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
        "113"
      ],
      "favorite_count" : "2",
      "id_str" : "1958197330792960728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958197330792960728",
      "created_at" : "Wed Aug 20 15:59:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the food truck rally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1957947458271301074",
          "editControlInitial" : {
            "editTweetIds" : [
              "1957947458271301074",
              "1957948554792511680"
            ],
            "editableUntil" : "2025-08-20T00:27:05.613Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "189",
              "204"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "205",
              "213"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "1",
      "id_str" : "1957948554792511680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957948554792511680",
      "created_at" : "Tue Aug 19 23:31:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Vertical circulation infrastructure at Northside Transfer Center is temporarily non-operational; alternative accessible pathways are available via the Water St entrance. #TransitTuesday #busstop 😒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957947458271301074",
            "1957948554792511680"
          ],
          "editableUntil" : "2025-08-20T00:27:05.613Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "189",
              "204"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "205",
              "213"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "1",
      "id_str" : "1957947458271301074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957947458271301074",
      "created_at" : "Tue Aug 19 23:27:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Vertical circulation infrastructure at Northside Transfer Center is tepmorarily non-operational; alternative accessible pathways are available via the Water St entrance. #TransitTuesday #busstop 😒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957891738133514782"
          ],
          "editableUntil" : "2025-08-19T20:45:40.897Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "115",
              "124"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "125",
              "139"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1957891738133514782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957891738133514782",
      "created_at" : "Tue Aug 19 19:45:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Juneteenth parade. #RideRRTA #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957509890424138414"
          ],
          "editableUntil" : "2025-08-18T19:28:21.309Z",
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
        "160"
      ],
      "favorite_count" : "0",
      "id_str" : "1957509890424138414",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957509890424138414",
      "created_at" : "Mon Aug 18 18:28:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Effective August 22, the service change implementation will optimize headways on the 20 to enhance network-level connectivity and throughput.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957456587313921039"
          ],
          "editableUntil" : "2025-08-18T15:56:32.857Z",
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
            "name" : "Riverbendms61",
            "screen_name" : "riverbendms61",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "69718409674424134",
            "id" : "69718409674424134"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6QFqABrYgf",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1956900608681121944",
      "id_str" : "1957456587313921039",
      "in_reply_to_user_id" : "69718409674424134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957456587313921039",
      "in_reply_to_status_id" : "1956900608681121944",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 18 14:56:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendms61 Thank you for contacting Riverton Regional Transit. Revised timetable information is available via https://t.co/6QFqABrYgf and will take effect August 25!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendms61",
      "in_reply_to_user_id_str" : "69718409674424134"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1956430371554226617",
          "editControlInitial" : {
            "editTweetIds" : [
              "1956430371554226617",
              "1956431214731144872"
            ],
            "editableUntil" : "2025-08-15T19:58:43.954Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "212"
      ],
      "favorite_count" : "0",
      "id_str" : "1956431214731144872",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1956431214731144872",
      "created_at" : "Fri Aug 15 19:02:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Pat humming along. The City of Riverton has announced the schedule for the Juneteenth parade, which will take place at Millworks Lofts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956430371554226617",
            "1956431214731144872"
          ],
          "editableUntil" : "2025-08-15T19:58:43.954Z",
          "editsRemaining" : "4",
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
        "212"
      ],
      "favorite_count" : "1",
      "id_str" : "1956430371554226617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956430371554226617",
      "created_at" : "Fri Aug 15 18:58:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Pat humming along. The City of Riverton has announced the schedule for the Juneteenth parade, which will take plcae at Millworks Lofts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956416814428809818"
          ],
          "editableUntil" : "2025-08-15T19:04:51.683Z",
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
            "url" : "https://t.co/qQjty9Aw1z",
            "expanded_url" : "https://x.com/chris_dunn/status/1955910598938981128",
            "display_url" : "x.com/chris_dunn/status/1…",
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
      "favorite_count" : "0",
      "id_str" : "1956416814428809818",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956416814428809818",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 15 18:04:51 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 The City of Riverton has announced the schedule for the art crawl, which will take place at West High School. We must utilize actionable metrics to move the needle on boardings per hour! https://t.co/qQjty9Aw1z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956392390080553544"
          ],
          "editableUntil" : "2025-08-15T17:27:48.465Z",
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
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1956392390080553544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956392390080553544",
      "created_at" : "Fri Aug 15 16:27:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956356515130013980"
          ],
          "editableUntil" : "2025-08-15T15:05:15.210Z",
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
            "name" : "Kthe Real",
            "screen_name" : "kthe_real",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "18083065193129927",
            "id" : "18083065193129927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1956102674367788007",
      "id_str" : "1956356515130013980",
      "in_reply_to_user_id" : "18083065193129927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956356515130013980",
      "in_reply_to_status_id" : "1956102674367788007",
      "created_at" : "Fri Aug 15 14:05:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@kthe_real Thank you for contacting Riverton Regional Transit. We apologize for the delay. Recovered items are processed through the Central Station customer service location; please contact 555-0142 to initiate a claim. Thank you for your patience and understanding!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kthe_real",
      "in_reply_to_user_id_str" : "18083065193129927"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956194680733659246"
          ],
          "editableUntil" : "2025-08-15T04:22:10.883Z",
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
        "169"
      ],
      "favorite_count" : "2",
      "id_str" : "1956194680733659246",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956194680733659246",
      "created_at" : "Fri Aug 15 03:22:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton Regional Transit recognizes Deb for 22 years of exemplary service delivery on the Green Line. Let us circle back once we have more bandwidth!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956157770791207890"
          ],
          "editableUntil" : "2025-08-15T01:55:30.867Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "116",
              "125"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "126",
              "134"
            ]
          }
        ],
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
        "134"
      ],
      "favorite_count" : "1",
      "id_str" : "1956157770791207890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956157770791207890",
      "created_at" : "Fri Aug 15 00:55:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. Sound good? #Riverton #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956083890905729819"
          ],
          "editableUntil" : "2025-08-14T21:01:56.530Z",
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
      "id_str" : "1956083890905729819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956083890905729819",
      "created_at" : "Thu Aug 14 20:01:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Accessibility enhancements at the Vine St &amp; River Rd boarding location have been completed in accordance with applicable ADA compliance requirements.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956070797457593284"
          ],
          "editableUntil" : "2025-08-14T20:09:54.808Z",
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
        "265"
      ],
      "favorite_count" : "2",
      "id_str" : "1956070797457593284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956070797457593284",
      "created_at" : "Thu Aug 14 19:09:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The reduced fare program initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Buses get our residents to jobs, school and the doctor. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956019773053306147"
          ],
          "editableUntil" : "2025-08-14T16:47:09.642Z",
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
        "268"
      ],
      "favorite_count" : "0",
      "id_str" : "1956019773053306147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956019773053306147",
      "created_at" : "Thu Aug 14 15:47:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Juneteenth parade. We could not do this without our operators and mechanics. Fun fact: the Night Owl crosses the river four times! Our value proposition…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955378410912359341"
          ],
          "editableUntil" : "2025-08-12T22:18:36.992Z",
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
            "url" : "https://t.co/ce8OLlTh4t",
            "expanded_url" : "https://www.rrta.example/news/river-hawks-home-opener",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "196",
              "219"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "0",
      "id_str" : "1955378410912359341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955378410912359341",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 12 21:18:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Note to self: Northside at dawn is golden. The City of Riverton has announced the schedule for the River Hawks home opener, which will take place at Riverton Library. Appreciate every one of you. https://t.co/ce8OLlTh4t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955369783530388842"
          ],
          "editableUntil" : "2025-08-12T21:44:20.064Z",
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
        "160"
      ],
      "favorite_count" : "1",
      "id_str" : "1955369783530388842",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955369783530388842",
      "created_at" : "Tue Aug 12 20:44:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Stakeholder consultation sessions regarding the bus stop audit will be facilitated at West High School to solicit actionable community input.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955353159336000556"
          ],
          "editableUntil" : "2025-08-12T20:38:16.547Z",
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
        "208"
      ],
      "favorite_count" : "0",
      "id_str" : "1955353159336000556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955353159336000556",
      "created_at" : "Tue Aug 12 19:38:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Watching the food truck rally crowds pour off the 7X is the closest thing we have to a parade. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the food truck rally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955280055245314315"
          ],
          "editableUntil" : "2025-08-12T15:47:47.174Z",
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
        "205"
      ],
      "favorite_count" : "0",
      "id_str" : "1955280055245314315",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955280055245314315",
      "created_at" : "Tue Aug 12 14:47:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the St. Patrick's parade. Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955266446612294387"
          ],
          "editableUntil" : "2025-08-12T14:53:42.623Z",
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
        "urls" : [
          {
            "url" : "https://t.co/ukP2TRbjlq",
            "expanded_url" : "https://x.com/RivCountyHealth/status/1954854336705587943",
            "display_url" : "x.com/RivCountyHealth/sta…",
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
      "favorite_count" : "0",
      "id_str" : "1955266446612294387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955266446612294387",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 12 13:53:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Accessibility enhancements at the Job Center boarding location have been completed in accordance with applicable ADA compliance requirements. https://t.co/ukP2TRbjlq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954934945967829321"
          ],
          "editableUntil" : "2025-08-11T16:56:26.710Z",
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
            "name" : "Katnight",
            "screen_name" : "katnight",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "9741140659784921",
            "id" : "9741140659784921"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1953585874469294497",
      "id_str" : "1954934945967829321",
      "in_reply_to_user_id" : "9741140659784921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954934945967829321",
      "in_reply_to_status_id" : "1953585874469294497",
      "created_at" : "Mon Aug 11 15:56:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@katnight Thank you for contacting Riverton Regional Transit. We have escalated the reported real-time data discrepancy for the 23 to our technology vendor for remediation. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "katnight",
      "in_reply_to_user_id_str" : "9741140659784921"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953453839108334035"
          ],
          "editableUntil" : "2025-08-07T14:51:03.317Z",
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
        "264"
      ],
      "favorite_count" : "0",
      "id_str" : "1953453839108334035",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953453839108334035",
      "created_at" : "Thu Aug 07 13:51:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Effective August 21, the service change implementation will optimize headways on the Riverside Express to enhance network-level connectivity and throughput. The forthcoming service modification package will recalibrate the Riverside Express frequencies to reflect…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953183547034214739"
          ],
          "editableUntil" : "2025-08-06T20:57:00.665Z",
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
        "241"
      ],
      "favorite_count" : "2",
      "id_str" : "1953183547034214739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953183547034214739",
      "created_at" : "Wed Aug 06 19:57:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk. The information in our Route 25 post was accurate as published. Please action accordingly and ensure alignment across stakeholders!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953173109838146597"
          ],
          "editableUntil" : "2025-08-06T20:15:32.243Z",
          "editsRemaining" : "5",
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
              "125",
              "133"
            ]
          },
          {
            "text" : "acce",
            "indices" : [
              "134",
              "139"
            ]
          }
        ],
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
      "favorite_count" : "3",
      "id_str" : "1953173109838146597",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953173109838146597",
      "created_at" : "Wed Aug 06 19:15:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Come tell us what you think about the Eastgate station rebuild at the Amtrak station on Wednesday at 8:15 am. #transit #acce…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952406231533202827"
          ],
          "editableUntil" : "2025-08-04T17:28:14.208Z",
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
            "name" : "Hey Bikegirl52",
            "screen_name" : "hey_bikegirl52",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "16296182590002855",
            "id" : "16296182590002855"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1951768968809524254",
      "id_str" : "1952406231533202827",
      "in_reply_to_user_id" : "16296182590002855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952406231533202827",
      "in_reply_to_status_id" : "1951768968809524254",
      "created_at" : "Mon Aug 04 16:28:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_bikegirl52 We're sorry this happened. Recovered items are processed through the Northside Transfer Center customer service location; please contact 555-0142 to initiate a claim. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_bikegirl52",
      "in_reply_to_user_id_str" : "16296182590002855"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951295856233970314"
          ],
          "editableUntil" : "2025-08-01T15:56:00.107Z",
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
            "name" : "Bikegirltj1992",
            "screen_name" : "bikegirltj1992",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "19918549343288120",
            "id" : "19918549343288120"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Y2bYIDQV26",
            "expanded_url" : "https://www.rrta.example/detours/route-17",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "164",
              "187"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1951280365485080962",
      "id_str" : "1951295856233970314",
      "in_reply_to_user_id" : "19918549343288120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951295856233970314",
      "in_reply_to_status_id" : "1951280365485080962",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 01 14:56:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirltj1992 Thank you for contacting Riverton Regional Transit. Supplemental service will be deployed in support of the jazz festival; details are available at https://t.co/Y2bYIDQV26. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirltj1992",
      "in_reply_to_user_id_str" : "19918549343288120"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951023500288138465"
          ],
          "editableUntil" : "2025-07-31T21:53:45.389Z",
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
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1951023500288138465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951023500288138465",
      "created_at" : "Thu Jul 31 20:53:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Riverton Marathon, which will take place at the Amtrak station.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950959898250528667"
          ],
          "editableUntil" : "2025-07-31T17:41:01.482Z",
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
        "241"
      ],
      "favorite_count" : "5",
      "id_str" : "1950959898250528667",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950959898250528667",
      "created_at" : "Thu Jul 31 16:41:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Fourth of July fireworks. Fun fact: we have 18,824 stops and someone has named every shelter cat! Let us circle back once we have more bandwidth!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950922113852603857"
          ],
          "editableUntil" : "2025-07-31T15:10:52.979Z",
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
            "name" : "Harboroldmill19",
            "screen_name" : "harboroldmill19",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "32064823592984301",
            "id" : "32064823592984301"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EXmtpm6wHa",
            "expanded_url" : "https://www.rrta.example/meetings/route-9-redesign-2",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1950716737041784874",
      "id_str" : "1950922113852603857",
      "in_reply_to_user_id" : "32064823592984301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950922113852603857",
      "in_reply_to_status_id" : "1950716737041784874",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 31 14:10:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@harboroldmill19 Revised timetable information is available via https://t.co/EXmtpm6wHa and will take effect August 7. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harboroldmill19",
      "in_reply_to_user_id_str" : "32064823592984301"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950566641583776849"
          ],
          "editableUntil" : "2025-07-30T15:38:21.786Z",
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
        "166"
      ],
      "favorite_count" : "3",
      "id_str" : "1950566641583776849",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950566641583776849",
      "created_at" : "Wed Jul 30 14:38:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The fare capping framework will be operationalized effective July 31, leveraging the account-based fare collection platform. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950558491919952973"
          ],
          "editableUntil" : "2025-07-30T15:05:58.755Z",
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
        "254"
      ],
      "favorite_count" : "0",
      "id_str" : "1950558491919952973",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950558491919952973",
      "created_at" : "Wed Jul 30 14:05:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Customers should anticipate service delays on the Green Line as a consequence of a roadway incident necessitating emergency services coordination; real-time arrival information remains available via our digital platforms. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950283902023169273"
          ],
          "editableUntil" : "2025-07-29T20:54:51.422Z",
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
            "url" : "https://t.co/7ErAyRGHnU",
            "expanded_url" : "https://www.rrta.example/alerts/august-22-route-10",
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
        "191"
      ],
      "favorite_count" : "4",
      "id_str" : "1950283902023169273",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1950283902023169273",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 29 19:54:51 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at Central Station. Let us circle back once we have more bandwidth. https://t.co/7ErAyRGHnU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950182299914413137"
          ],
          "editableUntil" : "2025-07-29T14:11:07.591Z",
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
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1950182299914413137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950182299914413137",
      "created_at" : "Tue Jul 29 13:11:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the art crawl, which will take place at City Hall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950157490773159543"
          ],
          "editableUntil" : "2025-07-29T12:32:32.631Z",
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
        "229"
      ],
      "favorite_count" : "7",
      "id_str" : "1950157490773159543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950157490773159543",
      "created_at" : "Tue Jul 29 11:32:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the 34 is currently experiencing schedule adherence degradation of approximately 15 minutes attributable to an at-grade rail crossing occupancy event. Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949882718793982326"
          ],
          "editableUntil" : "2025-07-28T18:20:41.886Z",
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
        "267"
      ],
      "favorite_count" : "0",
      "id_str" : "1949882718793982326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949882718793982326",
      "created_at" : "Mon Jul 28 17:20:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton Regional Transit recognizes Mr. Stan for 10 years of exemplary service delivery on the Blue Line. I was mistaken about the farebox recovery figures and have revised them. This aligns with our strategic priorities and stakeholder expectations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949842303680105942"
          ],
          "editableUntil" : "2025-07-28T15:40:06.172Z",
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
            "name" : "Mariadj8",
            "screen_name" : "mariadj8",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "5939541242786115",
            "id" : "5939541242786115"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1949824698036217814",
      "id_str" : "1949842303680105942",
      "in_reply_to_user_id" : "5939541242786115",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1949842303680105942",
      "in_reply_to_status_id" : "1949824698036217814",
      "created_at" : "Mon Jul 28 14:40:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariadj8 Hello. We appreciate your feedback regarding the 2, which will be forwarded to the appropriate operational leadership for recognition purposes. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariadj8",
      "in_reply_to_user_id_str" : "5939541242786115"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948862835937693650"
          ],
          "editableUntil" : "2025-07-25T22:48:02.865Z",
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
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "1948862835937693650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948862835937693650",
      "created_at" : "Fri Jul 25 21:48:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948811081172977151"
          ],
          "editableUntil" : "2025-07-25T19:22:23.567Z",
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
        "240"
      ],
      "favorite_count" : "1",
      "id_str" : "1948811081172977151",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948811081172977151",
      "created_at" : "Fri Jul 25 18:22:23 +0000 2025",
      "favorited" : false,
      "full_text" : "In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate attendee mobility for the air show. For the record, the Night Owl schedule was correct. Please check it before posting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948474398952946062"
          ],
          "editableUntil" : "2025-07-24T21:04:32.271Z",
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
        "172"
      ],
      "favorite_count" : "2",
      "id_str" : "1948474398952946062",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948474398952946062",
      "created_at" : "Thu Jul 24 20:04:32 +0000 2025",
      "favorited" : false,
      "full_text" : "The fare capping framework will be operationalized effective July 29, leveraging the account-based fare collection platform. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948401119720079542"
          ],
          "editableUntil" : "2025-07-24T16:13:21.140Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "193"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1948400495012414965",
      "id_str" : "1948401119720079542",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948401119720079542",
      "in_reply_to_status_id" : "1948400495012414965",
      "created_at" : "Thu Jul 24 15:13:21 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton Marathon. Going forward, we will leverage these learnings to optimize response times.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948400495012414965"
          ],
          "editableUntil" : "2025-07-24T16:10:52.198Z",
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
        "243"
      ],
      "favorite_count" : "2",
      "id_str" : "1948400495012414965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948400495012414965",
      "created_at" : "Thu Jul 24 15:10:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Harvest Market, which will take place at Harbor Point. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Harvest Market. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948397975769669675"
          ],
          "editableUntil" : "2025-07-24T16:00:51.564Z",
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
            "url" : "https://t.co/C8riQ609Pj",
            "expanded_url" : "https://www.rrta.example/schedules/july-23",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "154",
              "177"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "0",
      "id_str" : "1948397975769669675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948397975769669675",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 24 15:00:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the art crawl. Let's circle back once we have more bandwidth. https://t.co/C8riQ609Pj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948050714226578153"
          ],
          "editableUntil" : "2025-07-23T17:00:57.960Z",
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1948050714226578153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948050714226578153",
      "created_at" : "Wed Jul 23 16:00:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at the county courthouse.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947595047090295429"
          ],
          "editableUntil" : "2025-07-22T10:50:18.449Z",
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
            "name" : "Katlakeside31",
            "screen_name" : "katlakeside31",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "24217144027727019",
            "id" : "24217144027727019"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1947372005076771582",
      "id_str" : "1947595047090295429",
      "in_reply_to_user_id" : "24217144027727019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947595047090295429",
      "in_reply_to_status_id" : "1947372005076771582",
      "created_at" : "Tue Jul 22 09:50:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@katlakeside31 Greetings. Sorry for the wait. The 31A is currently impacted by temporary lane capacity reductions; service is anticipated to normalize shortly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "katlakeside31",
      "in_reply_to_user_id_str" : "24217144027727019"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946281675718445821"
          ],
          "editableUntil" : "2025-07-18T19:51:26.313Z",
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
        "208"
      ],
      "favorite_count" : "1",
      "id_str" : "1946281675718445821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946281675718445821",
      "created_at" : "Fri Jul 18 18:51:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: The City of Riverton has announced the schedule for the River Days festival, which will take place at the Job Center. We must utilize actionable metrics to move the needle on complaint counts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946245603983278605"
          ],
          "editableUntil" : "2025-07-18T17:28:06.141Z",
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
              "146",
              "162"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "163",
              "171"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "16",
              "32"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6Vg1MCQFQN",
            "expanded_url" : "https://x.com/RivertonChamber/status/1945806505350778642",
            "display_url" : "x.com/RivertonChamber/sta…",
            "indices" : [
              "172",
              "195"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "2",
      "id_str" : "1946245603983278605",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946245603983278605",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 18 16:28:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonSchools. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. #RivertonTransit #busstop https://t.co/6Vg1MCQFQN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946245179321485357"
          ],
          "editableUntil" : "2025-07-18T17:26:24.894Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
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
      "favorite_count" : "0",
      "id_str" : "1946245179321485357",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946245179321485357",
      "created_at" : "Fri Jul 18 16:26:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the St. Patrick's parade. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946014131744151304"
          ],
          "editableUntil" : "2025-07-18T02:08:18.859Z",
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
        "232"
      ],
      "favorite_count" : "0",
      "id_str" : "1946014131744151304",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946014131744151304",
      "created_at" : "Fri Jul 18 01:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Accessibility enhancements at the St. Luke's Clinic boarding location have been completed in accordance with applicable ADA compliance requirements. The information in our the 1 post was accurate as published. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945916740818920636"
          ],
          "editableUntil" : "2025-07-17T19:41:19.052Z",
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
            "url" : "https://t.co/LzNbEIbDdE",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
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
      "favorite_count" : "0",
      "id_str" : "1945916740818920636",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945916740818920636",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 17 18:41:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 4 is running about 5 minutes late because of a stuck drawbridge. You all asked, so here is a thread on the Northside network plan. Key deliverables will be operationalized in Q3. https://t.co/LzNbEIbDdE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945653459804183165"
          ],
          "editableUntil" : "2025-07-17T02:15:07.967Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1945652878740333275",
      "id_str" : "1945653459804183165",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945653459804183165",
      "in_reply_to_status_id" : "1945652878740333275",
      "created_at" : "Thu Jul 17 01:15:07 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Personal property items recovered from revenue vehicles may be retrieved at the University Station customer service location during business hours. Going forward, deliverables sholud be synergized across workstreams!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945652878740333275"
          ],
          "editableUntil" : "2025-07-17T02:12:49.431Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1945652424871624641",
      "id_str" : "1945652878740333275",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945652878740333275",
      "in_reply_to_status_id" : "1945652424871624641",
      "created_at" : "Thu Jul 17 01:12:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Days festival. It is in the schedule.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945652424871624641"
          ],
          "editableUntil" : "2025-07-17T02:11:01.220Z",
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
        "226"
      ],
      "favorite_count" : "2",
      "id_str" : "1945652424871624641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945652424871624641",
      "created_at" : "Thu Jul 17 01:11:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Accessibility enhancements at the ballpark boarding location have been completed in accordance with applicable ADA compliance requirements. It is in the schedule. Every route we run connects our community. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945537377163318539"
          ],
          "editableUntil" : "2025-07-16T18:33:51.709Z",
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
        "257"
      ],
      "favorite_count" : "0",
      "id_str" : "1945537377163318539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945537377163318539",
      "created_at" : "Wed Jul 16 17:33:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Harvest Market. We're trying something new: a text line for Route 3. Tell us what you think! We must utilize actionable metrics to move the needle on wait times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944825138317302582"
          ],
          "editableUntil" : "2025-07-14T19:23:40.735Z",
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
        "191"
      ],
      "favorite_count" : "1",
      "id_str" : "1944825138317302582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944825138317302582",
      "created_at" : "Mon Jul 14 18:23:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. We could not do this without our operators and mechanics.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944814401263149913"
          ],
          "editableUntil" : "2025-07-14T18:41:00.822Z",
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
      "favorite_count" : "1",
      "id_str" : "1944814401263149913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944814401263149913",
      "created_at" : "Mon Jul 14 17:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Nothing beats the view of the river from the Food Co-op on a clear morning. Fun fact: our oldest bus is older than two of ou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943736495201990616"
          ],
          "editableUntil" : "2025-07-11T19:17:47.990Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "171",
              "186"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "1",
      "id_str" : "1943736495201990616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943736495201990616",
      "created_at" : "Fri Jul 11 18:17:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the art crawl. This requires a holistic, multimodal interoperability paradigm. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943684999807460632"
          ],
          "editableUntil" : "2025-07-11T15:53:10.532Z",
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
        "172"
      ],
      "favorite_count" : "0",
      "id_str" : "1943684999807460632",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1943684999807460632",
      "created_at" : "Fri Jul 11 14:53:10 +0000 2025",
      "favorited" : false,
      "full_text" : "The fare capping framework will be operationalized effective July 16, leveraging the account-based fare collection platform. Key deliverables will be operationalized in Q3.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943657175101413670"
          ],
          "editableUntil" : "2025-07-11T14:02:36.605Z",
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
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1943657175101413670",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1943657175101413670",
      "created_at" : "Fri Jul 11 13:02:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Effective July 12, the service change implementation will optimize headways on the 3 to enhance network-level connectivity and throughput!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943422725568461187"
          ],
          "editableUntil" : "2025-07-10T22:30:59.480Z",
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
        "202"
      ],
      "favorite_count" : "1",
      "id_str" : "1943422725568461187",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943422725568461187",
      "created_at" : "Thu Jul 10 21:30:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton Marathon. Stay cool out there! Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943395558647559773"
          ],
          "editableUntil" : "2025-07-10T20:43:02.382Z",
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
        "179"
      ],
      "favorite_count" : "0",
      "id_str" : "1943395558647559773",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1943395558647559773",
      "created_at" : "Thu Jul 10 19:43:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Implementation of fare capping continues to progress consistent with established timelines, with procurement activities concluded within established parameters!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943316682938799853"
          ],
          "editableUntil" : "2025-07-10T15:29:36.947Z",
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
            "name" : "Nightdee1978",
            "screen_name" : "nightdee1978",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "31800109384477956",
            "id" : "31800109384477956"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1943251747778039561",
      "id_str" : "1943316682938799853",
      "in_reply_to_user_id" : "31800109384477956",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943316682938799853",
      "in_reply_to_status_id" : "1943251747778039561",
      "created_at" : "Thu Jul 10 14:29:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightdee1978 Sorry to hear about the trouble today. This Route 31A matter has been escalated to operations leadership for review in accordance with our customer service standards. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightdee1978",
      "in_reply_to_user_id_str" : "31800109384477956"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942617513632041124"
          ],
          "editableUntil" : "2025-07-08T17:11:21.994Z",
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
            "name" : "Coffee Dj1986",
            "screen_name" : "coffee_dj1986",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2416822051791117",
            "id" : "2416822051791117"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1942543869178872042",
      "id_str" : "1942617513632041124",
      "in_reply_to_user_id" : "2416822051791117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942617513632041124",
      "in_reply_to_status_id" : "1942543869178872042",
      "created_at" : "Tue Jul 08 16:11:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_dj1986 Thank you for contacting Riverton Regional Transit. A maintenance work order has been generated for the Southport Walmart facility. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_dj1986",
      "in_reply_to_user_id_str" : "2416822051791117"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942359870485385343"
          ],
          "editableUntil" : "2025-07-08T00:07:35.082Z",
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
        "237"
      ],
      "favorite_count" : "0",
      "id_str" : "1942359870485385343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942359870485385343",
      "created_at" : "Mon Jul 07 23:07:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Implementation of fare capping continues to progress consistent with established timelines, with procurement activities concluded within established parameters. We could not do this without our operators and mechanics.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941194453522018327"
          ],
          "editableUntil" : "2025-07-04T18:56:38.025Z",
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
        "241"
      ],
      "favorite_count" : "1",
      "id_str" : "1941194453522018327",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1941194453522018327",
      "created_at" : "Fri Jul 04 17:56:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Implementation of the Northside network plan continues to progress consistent with established timelines, with procurement activities concluded within established parameters. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940778365862071900"
          ],
          "editableUntil" : "2025-07-03T15:23:14.996Z",
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
            "name" : "Skater Jess1959",
            "screen_name" : "skater_jess1959",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "29806436208701728",
            "id" : "29806436208701728"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1940538401800985483",
      "id_str" : "1940778365862071900",
      "in_reply_to_user_id" : "29806436208701728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940778365862071900",
      "in_reply_to_status_id" : "1940538401800985483",
      "created_at" : "Thu Jul 03 14:23:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_jess1959 Hello. We have escalated the reported real-time data discrepancy for Route 34 to our technology vendor for remediation. Thanks for riding with us! Thank you for your patience and understanding. 🚌",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_jess1959",
      "in_reply_to_user_id_str" : "29806436208701728"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940461904982544760"
          ],
          "editableUntil" : "2025-07-02T18:25:44.843Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "222",
              "237"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "238",
              "247"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "1",
      "id_str" : "1940461904982544760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940461904982544760",
      "created_at" : "Wed Jul 02 17:25:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location during business hours. Buses get our residents to jobs, school and the doctor. #TransitTuesday #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940429812022248633"
          ],
          "editableUntil" : "2025-07-02T16:18:13.285Z",
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
            "name" : "Katbusrider2008",
            "screen_name" : "katbusrider2008",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3018316832693997",
            "id" : "3018316832693997"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1940177081793907156",
      "id_str" : "1940429812022248633",
      "in_reply_to_user_id" : "3018316832693997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940429812022248633",
      "in_reply_to_status_id" : "1940177081793907156",
      "created_at" : "Wed Jul 02 15:18:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@katbusrider2008 We apologize for the inconvenience. Recovered items are processed through the Harbor Point Station customer service location; please contact 555-0142 to initiate a claim. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "katbusrider2008",
      "in_reply_to_user_id_str" : "3018316832693997"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940423025038514108"
          ],
          "editableUntil" : "2025-07-02T15:51:15.142Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "174",
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
      "favorite_count" : "0",
      "id_str" : "1940423025038514108",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1940423025038514108",
      "created_at" : "Wed Jul 02 14:51:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Effective July 11, the service change implementation will optimize headways on Route 32 to enhance network-level connectivity and throughput. Have a great weekend, everyone! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940414779707768803"
          ],
          "editableUntil" : "2025-07-02T15:18:29.302Z",
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
            "name" : "Tj Lakeside66",
            "screen_name" : "tj_lakeside66",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "17741400868442011",
            "id" : "17741400868442011"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1940200659302117214",
      "id_str" : "1940414779707768803",
      "in_reply_to_user_id" : "17741400868442011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940414779707768803",
      "in_reply_to_status_id" : "1940200659302117214",
      "created_at" : "Wed Jul 02 14:18:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_lakeside66 Hello. Sorry to hear about the trouble today. The 23 is currently impacted by operator availability constraints; service is anticipated to normalize shortly. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_lakeside66",
      "in_reply_to_user_id_str" : "17741400868442011"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939755963492161802"
          ],
          "editableUntil" : "2025-06-30T19:40:35.276Z",
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
            "url" : "https://t.co/Hn1MnDfpyl",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1939664869530247404",
            "display_url" : "x.com/RivertonLibrary/sta…",
            "indices" : [
              "212",
              "235"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "1",
      "id_str" : "1939755963492161802",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939755963492161802",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 30 18:40:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Customers should anticipate service delays on Route 29 as a consequence of an unanticipated vehicle mechanical deficiency; real-time arrival information remains available via our digital platforms. https://t.co/Hn1MnDfpyl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938667734428212682"
          ],
          "editableUntil" : "2025-06-27T19:36:21.249Z",
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
            "url" : "https://t.co/mAlH03ZjEs",
            "expanded_url" : "https://www.rrta.example/survey/quarry-hill",
            "display_url" : "www.rrta.example/survey/q…",
            "indices" : [
              "237",
              "260"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "260"
      ],
      "favorite_count" : "4",
      "id_str" : "1938667734428212682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938667734428212682",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 27 18:36:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The bus shelter redesign initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Going live from the St. Patrick's parade at 9:00 am, bring your questions! https://t.co/mAlH03ZjEs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938625529691465894"
          ],
          "editableUntil" : "2025-06-27T16:48:38.856Z",
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
      "favorite_count" : "3",
      "id_str" : "1938625529691465894",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1938625529691465894",
      "created_at" : "Fri Jun 27 15:48:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: More people are riding: 299 trips on Wednesday alone. Buses get our residents to jobs, school and the doctor. https://t.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938321228657603161"
          ],
          "editableUntil" : "2025-06-26T20:39:27.835Z",
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
        "201"
      ],
      "favorite_count" : "0",
      "id_str" : "1938321228657603161",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1938321228657603161",
      "created_at" : "Thu Jun 26 19:39:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Adverse weather conditions associated with the heat wave may impact schedule reliability; customers should plan accordingly. We could not do this without our operators and mechanics.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937896757646767468"
          ],
          "editableUntil" : "2025-06-25T16:32:46.060Z",
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
            "url" : "https://t.co/Nt8bUM5ah6",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1937483773898805506",
            "display_url" : "x.com/RiverHawksFC/status…",
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
      "favorite_count" : "3",
      "id_str" : "1937896757646767468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937896757646767468",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 25 15:32:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. The City of Riverton has announced the schedule for Pride in the Park, which will take place at the VA clinic. This requires a holistic, multimodal interoperability paradigm. 🎉 https://t.co/Nt8bUM5ah6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937537311816200001"
          ],
          "editableUntil" : "2025-06-24T16:44:27.496Z",
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
        "189"
      ],
      "favorite_count" : "2",
      "id_str" : "1937537311816200001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937537311816200001",
      "created_at" : "Tue Jun 24 15:44:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Proud of our team for getting Route 13 back on schedule so fast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937520685980763915"
          ],
          "editableUntil" : "2025-06-24T15:38:23.588Z",
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
            "url" : "https://t.co/UqQUj78xf7",
            "expanded_url" : "https://x.com/oliviarides/status/1936843115666273496",
            "display_url" : "x.com/oliviarides/status/…",
            "indices" : [
              "242",
              "265"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "0",
      "id_str" : "1937520685980763915",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937520685980763915",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 24 14:38:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for the 22 riders: Supplemental service deployment will support anticipated demand associated with the Lantern Walk, with enhanced frequency on the 22. Our value proposition depends on a best-in-class customer experience ecosystem. https://t.co/UqQUj78xf7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937252600675629097"
          ],
          "editableUntil" : "2025-06-23T21:53:07.070Z",
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
            "name" : "Just Riverbend1",
            "screen_name" : "just_riverbend1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "58602064438420552",
            "id" : "58602064438420552"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1937121221778138509",
      "id_str" : "1937252600675629097",
      "in_reply_to_user_id" : "58602064438420552",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937252600675629097",
      "in_reply_to_status_id" : "1937121221778138509",
      "created_at" : "Mon Jun 23 20:53:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_riverbend1 A maintenance work order has been generated for the Riverside Dr &amp; Wabash Ave facility. Please do not hesittae to reach out should you require additional assistance. 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_riverbend1",
      "in_reply_to_user_id_str" : "58602064438420552"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937194561047385907"
          ],
          "editableUntil" : "2025-06-23T18:02:29.345Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "143",
              "158"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "8",
      "id_str" : "1937194561047385907",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937194561047385907",
      "created_at" : "Mon Jun 23 17:02:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Cinco de Mayo festival, which will take place at Southport Walmart. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936611716451168440"
          ],
          "editableUntil" : "2025-06-22T03:26:28.364Z",
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
        "250"
      ],
      "favorite_count" : "1",
      "id_str" : "1936611716451168440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936611716451168440",
      "created_at" : "Sun Jun 22 02:26:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Implementation of fare capping continues to progress consistent with established timelines, with procurement activities concluded within established parameters. It is in the schedule. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936024423935927989"
          ],
          "editableUntil" : "2025-06-20T12:32:46.917Z",
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
        "269"
      ],
      "favorite_count" : "0",
      "id_str" : "1936024423935927989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936024423935927989",
      "created_at" : "Fri Jun 20 11:32:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Days festival. The City of Riverton has announced the schedule for the River Days festival, which will take place at the county courthouse. Key deliverables…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935739794184470576"
          ],
          "editableUntil" : "2025-06-19T17:41:45.896Z",
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
        "192"
      ],
      "favorite_count" : "0",
      "id_str" : "1935739794184470576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935739794184470576",
      "created_at" : "Thu Jun 19 16:41:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Bike to Work Day breakfast, which will take place at Lakeside Plaza. Let's circle back once we have more bandwidth. 🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935719272542548484"
          ],
          "editableUntil" : "2025-06-19T16:20:13.156Z",
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
        "186"
      ],
      "favorite_count" : "1",
      "id_str" : "1935719272542548484",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935719272542548484",
      "created_at" : "Thu Jun 19 15:20:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton Marathon. Going forward, we will leverage these learnings to optimize wait times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935495425890836981"
          ],
          "editableUntil" : "2025-06-19T01:30:43.955Z",
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
      "favorite_count" : "2",
      "id_str" : "1935495425890836981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935495425890836981",
      "created_at" : "Thu Jun 19 00:30:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Reminder: Customers should anticipate service delays on the 61 as a consequence of operator availability constraints; real-…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935430323770743218"
          ],
          "editableUntil" : "2025-06-18T21:12:02.400Z",
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
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "173",
              "185"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "0",
      "id_str" : "1935430323770743218",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1935430323770743218",
      "created_at" : "Wed Jun 18 20:12:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Boardings on the 33 reached 45,328 for the reporting period, exceeding established performance benchmarks. Buses get our residents to jobs, school and the doctor. Teamwork: @victor_lang and our ops crew sorted out the 33 detour in an hour. Key deliverables will be…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935427706159630077"
          ],
          "editableUntil" : "2025-06-18T21:01:38.313Z",
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
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "155",
              "164"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "2",
      "id_str" : "1935427706159630077",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935427706159630077",
      "created_at" : "Wed Jun 18 20:01:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at the county courthouse. Thanks to @RivBikes for the photo! For the record, the 42 schedule was correct. Please check it before posting. Our value…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935411261218755808"
          ],
          "editableUntil" : "2025-06-18T19:56:17.533Z",
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
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1935411261218755808",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935411261218755808",
      "created_at" : "Wed Jun 18 18:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The fare capping framework will be operationalzied effective June 23, leveraging the account-based fare collection platform.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935002578407949770"
          ],
          "editableUntil" : "2025-06-17T16:52:19.958Z",
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
      "id_str" : "1935002578407949770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935002578407949770",
      "created_at" : "Tue Jun 17 15:52:19 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: A rider told me she has taken the 25 to the same job for 28 years and never once missed a shift. Nothing beats the view of t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934677144194526914"
          ],
          "editableUntil" : "2025-06-16T19:19:10.396Z",
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
      "favorite_count" : "9",
      "id_str" : "1934677144194526914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934677144194526914",
      "created_at" : "Mon Jun 16 18:19:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Boardings on Route 40 reached 28,972 for the reporting period, exceeding established performance benchmarks. This ailgns with our strategic priorities and stakeholder expectations!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934671451675966159"
          ],
          "editableUntil" : "2025-06-16T18:56:33.193Z",
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
      "favorite_count" : "0",
      "id_str" : "1934671451675966159",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1934671451675966159",
      "created_at" : "Mon Jun 16 17:56:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Thank a bus driver today. Big Mike on the 7X just hit 5 years with zero crashes. Our first try at a pop-up bus stop at Rive…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933505308110774927"
          ],
          "editableUntil" : "2025-06-13T13:42:42.902Z",
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
        "147"
      ],
      "favorite_count" : "3",
      "id_str" : "1933505308110774927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933505308110774927",
      "created_at" : "Fri Jun 13 12:42:42 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Riverfront concert series, which will take place at the fairgrounds. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933357672881324771"
          ],
          "editableUntil" : "2025-06-13T03:56:03.920Z",
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
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1933357672881324771",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933357672881324771",
      "created_at" : "Fri Jun 13 02:56:03 +0000 2025",
      "favorited" : false,
      "full_text" : "The elevator at University Station is out of service. Use the ramp on the Jefferson St side.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933252799449228971"
          ],
          "editableUntil" : "2025-06-12T20:59:20.145Z",
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
        "204"
      ],
      "favorite_count" : "3",
      "id_str" : "1933252799449228971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933252799449228971",
      "created_at" : "Thu Jun 12 19:59:20 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Riverton Marathon, which will take place at the county courthouse. Our value proposition depends on a best-in-class customer experience ecosystem. 😤",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932905747402198941"
          ],
          "editableUntil" : "2025-06-11T22:00:16.489Z",
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
        "202"
      ],
      "favorite_count" : "3",
      "id_str" : "1932905747402198941",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932905747402198941",
      "created_at" : "Wed Jun 11 21:00:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The City of Riverton has announced the schedule for the River Hawks home opener, which will take place at the county courthouse. This requires a holistic, multimodal interoperability paradigm!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932470611366604041"
          ],
          "editableUntil" : "2025-06-10T17:11:11.974Z",
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
              "247",
              "261"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "261"
      ],
      "favorite_count" : "7",
      "id_str" : "1932470611366604041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932470611366604041",
      "created_at" : "Tue Jun 10 16:11:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Stakeholder consultation sessions regarding the Night Owl expansion will be facilitated at Memorial Park to solicit actionable community input. It is in the schedule. Our value proposition depends on a best-in-class customer experience ecosystem. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932434631335996858"
          ],
          "editableUntil" : "2025-06-10T14:48:13.666Z",
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
        "250"
      ],
      "favorite_count" : "0",
      "id_str" : "1932434631335996858",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932434631335996858",
      "created_at" : "Tue Jun 10 13:48:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Boardings on Route 7 reached 317 for the reporting period, exceeding established performance benchmarks. For the record, the Route 7 schedule was correct. Please check it before posting. This requires a holistic, multimodal interoperability paradigm!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932427171315928357"
          ],
          "editableUntil" : "2025-06-10T14:18:35.059Z",
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
              "193",
              "209"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "0",
      "id_str" : "1932427171315928357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932427171315928357",
      "created_at" : "Tue Jun 10 13:18:35 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Cinco de Mayo festival, which will take place at the VA clinic. Any changes to Route 27 will only be cosnidered after a full evaluation. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932198819379976170"
          ],
          "editableUntil" : "2025-06-09T23:11:11.715Z",
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
            "url" : "https://t.co/N6EmlsAmHO",
            "expanded_url" : "https://www.rrta.example/alerts/june-2-route-5",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "1",
      "id_str" : "1932198819379976170",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1932198819379976170",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 09 22:11:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.co/N6EmlsAmHO. This requires a holistic, multimodal interoperability paradigm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932069257466781309"
          ],
          "editableUntil" : "2025-06-09T14:36:21.748Z",
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
      "favorite_count" : "0",
      "id_str" : "1932069257466781309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932069257466781309",
      "created_at" : "Mon Jun 09 13:36:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Reminder: Vertical circulation infrastructure at Southport Station is temporarily non-operational; alternative accessi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931710964466004949"
          ],
          "editableUntil" : "2025-06-08T14:52:38.039Z",
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
        "204"
      ],
      "favorite_count" : "4",
      "id_str" : "1931710964466004949",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931710964466004949",
      "created_at" : "Sun Jun 08 13:52:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location during business hours. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930697281400358278"
          ],
          "editableUntil" : "2025-06-05T19:44:37.163Z",
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
        "270"
      ],
      "favorite_count" : "0",
      "id_str" : "1930697281400358278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930697281400358278",
      "created_at" : "Thu Jun 05 18:44:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. The City of Riverton has announced the schedule for Family Day at the zoo, which will take place at Memorial Park. Buses get our residents to jobs, school…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930663903663673886"
          ],
          "editableUntil" : "2025-06-05T17:31:59.291Z",
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
        "188"
      ],
      "favorite_count" : "4",
      "id_str" : "1930663903663673886",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930663903663673886",
      "created_at" : "Thu Jun 05 16:31:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton Regional Transit recognizes Mr. Leon for 12 years of exemplary service delivery on the 50. Please action accordingly and ensure alignment across stakeholders. 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930291176019093059"
          ],
          "editableUntil" : "2025-06-04T16:50:54.095Z",
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
        "160"
      ],
      "favorite_count" : "2",
      "id_str" : "1930291176019093059",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1930291176019093059",
      "created_at" : "Wed Jun 04 15:50:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Due to special event traffic management protocols on University Ave, the Green Line will operate on a temporary detour utilizing Monroe St until further notice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929663524672488233"
          ],
          "editableUntil" : "2025-06-02T23:16:50.353Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "193",
              "201"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "202",
              "218"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "1",
      "id_str" : "1929663524672488233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929663524672488233",
      "created_at" : "Mon Jun 02 22:16:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Please action accordingly and ensure alignment across stakeholders. #busstop #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929656947044317995"
          ],
          "editableUntil" : "2025-06-02T22:50:42.124Z",
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
        "273"
      ],
      "favorite_count" : "1",
      "id_str" : "1929656947044317995",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929656947044317995",
      "created_at" : "Mon Jun 02 21:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Our maintenance workforce maintained fleet availability of 32,001 vehicles throughout the fog, reflecting operational excellence. Please share with your neighbors who ride the 5! For the record, the 5 schedule was correct. Please check it before posting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928560954740548730"
          ],
          "editableUntil" : "2025-05-30T22:15:37.196Z",
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
            "name" : "Transitnerdrive",
            "screen_name" : "transitnerdrive",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "70250614065184339",
            "id" : "70250614065184339"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1928466051531343129",
      "id_str" : "1928560954740548730",
      "in_reply_to_user_id" : "70250614065184339",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928560954740548730",
      "in_reply_to_status_id" : "1928466051531343129",
      "created_at" : "Fri May 30 21:15:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdrive Your input will be incorporated into the Northside network plan planning process, which evaluates service coverage across the network. Already posted this. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdrive",
      "in_reply_to_user_id_str" : "70250614065184339"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928552696411634833"
          ],
          "editableUntil" : "2025-05-30T21:42:48.257Z",
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
        "163"
      ],
      "favorite_count" : "0",
      "id_str" : "1928552696411634833",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928552696411634833",
      "created_at" : "Fri May 30 20:42:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Personal property items recovered from revenue vehicles may be retrieved at the University Station customer service location during business hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928529428843053504"
          ],
          "editableUntil" : "2025-05-30T20:10:20.837Z",
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1928529428843053504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928529428843053504",
      "created_at" : "Fri May 30 19:10:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Implementation of the Night Owl expansion continues to progress consistent with established timelines, with stakeholder con…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928492061007123055"
          ],
          "editableUntil" : "2025-05-30T17:41:51.650Z",
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
              "244",
              "260"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "260"
      ],
      "favorite_count" : "1",
      "id_str" : "1928492061007123055",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928492061007123055",
      "created_at" : "Fri May 30 16:41:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Stakeholder consultation sessions regarding the microtransit zone in Southport will be facilitated at West High School to solicit actionable community input. We must utilize actionable metrics to move the needle on crowding. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928205107639347853"
          ],
          "editableUntil" : "2025-05-29T22:41:36.636Z",
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
        "251"
      ],
      "favorite_count" : "2",
      "id_str" : "1928205107639347853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928205107639347853",
      "created_at" : "Thu May 29 21:41:36 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate the Riverside Express frequencies to reflect evolving ridership utilization patterns within the Northside catchment. Going forward, we will leverage these learnings to optimize wait times.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928195202344665468"
          ],
          "editableUntil" : "2025-05-29T22:02:15.030Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "245"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1928194745261719572",
      "id_str" : "1928195202344665468",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928195202344665468",
      "in_reply_to_status_id" : "1928194745261719572",
      "created_at" : "Thu May 29 21:02:15 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ The forthcoming service modification package will recalibrate the 30 frequencies to reflect evolving ridership utilization patterns within the Old Mill catchment. Our value proposition depends on a best-in-class customer experience ecosystem!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928194745261719572"
          ],
          "editableUntil" : "2025-05-29T22:00:26.053Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/07JQVnD6eV",
            "expanded_url" : "https://www.rrta.example/news/graduation-weekend",
            "display_url" : "www.rrta.example/news/gra…",
            "indices" : [
              "156",
              "179"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1928193975790468166",
      "id_str" : "1928194745261719572",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928194745261719572",
      "in_reply_to_status_id" : "1928193975790468166",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 21:00:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Members of the public are invited to provide feedback regarding the reduced fare program via the designated comment submission portal at https://t.co/07JQVnD6eV.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928193975790468166"
          ],
          "editableUntil" : "2025-05-29T21:57:22.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/bQicBfurBW",
            "expanded_url" : "https://www.rrta.example/alerts/may-21-route-39",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1928193484192723039",
      "id_str" : "1928193975790468166",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928193975790468166",
      "in_reply_to_status_id" : "1928193484192723039",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 20:57:22 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Please be advised: Members of the public are invited to provide feedback regarding the student pass program via the designated comment submission portal at https://t.co/bQicBfurBW.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928193484192723039"
          ],
          "editableUntil" : "2025-05-29T21:55:25.391Z",
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
        "267"
      ],
      "favorite_count" : "0",
      "id_str" : "1928193484192723039",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928193484192723039",
      "created_at" : "Thu May 29 20:55:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Effective June 6, the service change implementation will optimize headways on Route 20 to enhance network-level connectivity and throughput. The information in our Route 20 post was accurate as published. Proud to serve Riverton riders every day. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928108556089711866"
          ],
          "editableUntil" : "2025-05-29T16:17:56.953Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "170",
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
      "favorite_count" : "0",
      "id_str" : "1928108556089711866",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928108556089711866",
      "created_at" : "Thu May 29 15:17:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. This requires a holistic, multimodal interoperability paradigm. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927762763405502762"
          ],
          "editableUntil" : "2025-05-28T17:23:53.553Z",
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
            "url" : "https://t.co/ZUJhbp0amZ",
            "expanded_url" : "https://www.rrta.example/news/graduation-weekend",
            "display_url" : "www.rrta.example/news/gra…",
            "indices" : [
              "123",
              "146"
            ]
          },
          {
            "url" : "https://t.co/Xleokfeh1N",
            "expanded_url" : "https://x.com/RivertonCity/status/1927686321537362262",
            "display_url" : "x.com/RivertonCity/status…",
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
      "favorite_count" : "0",
      "id_str" : "1927762763405502762",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927762763405502762",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 28 16:23:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. https://t.co/ZUJhbp0amZ https://t.co/Xleokfeh1N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927747431207457550"
          ],
          "editableUntil" : "2025-05-28T16:22:58.072Z",
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
        "165"
      ],
      "favorite_count" : "4",
      "id_str" : "1927747431207457550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927747431207457550",
      "created_at" : "Wed May 28 15:22:58 +0000 2025",
      "favorited" : false,
      "full_text" : "In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate attendee mobility for Family Day at the zoo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927378155507475903"
          ],
          "editableUntil" : "2025-05-27T15:55:35.884Z",
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
            "name" : "Prof Just7",
            "screen_name" : "prof_just7",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "6601924070856466",
            "id" : "6601924070856466"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/swZpChDeKO",
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
        "184"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1927325541598256202",
      "id_str" : "1927378155507475903",
      "in_reply_to_user_id" : "6601924070856466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927378155507475903",
      "in_reply_to_status_id" : "1927325541598256202",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 14:55:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@prof_just7 Thank you for contacting Riverton Regional Transit. Fare product pricing information is available at https://t.co/swZpChDeKO. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_just7",
      "in_reply_to_user_id_str" : "6601924070856466"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927329424875478081"
          ],
          "editableUntil" : "2025-05-27T12:41:57.596Z",
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
        "171"
      ],
      "favorite_count" : "0",
      "id_str" : "1927329424875478081",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927329424875478081",
      "created_at" : "Tue May 27 11:41:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 18 is currently experiencing schedule adherence degradation of approximately 12 minutes attributable to an at-grade rail crossing occupancy event.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926013455751474313"
          ],
          "editableUntil" : "2025-05-23T21:32:46.107Z",
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
        "161"
      ],
      "favorite_count" : "1",
      "id_str" : "1926013455751474313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926013455751474313",
      "created_at" : "Fri May 23 20:32:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the jazz festival. Have a great weekend, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925547745106816288"
          ],
          "editableUntil" : "2025-05-22T14:42:12.037Z",
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
        "226"
      ],
      "favorite_count" : "4",
      "id_str" : "1925547745106816288",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1925547745106816288",
      "created_at" : "Thu May 22 13:42:12 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at Harbor Point. Our riders deserve reliable service. Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925234564223753940"
          ],
          "editableUntil" : "2025-05-21T17:57:43.896Z",
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
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "156",
              "167"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "254"
      ],
      "favorite_count" : "0",
      "id_str" : "1925234564223753940",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1925234564223753940",
      "created_at" : "Wed May 21 16:57:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Our maintenance workforce maintained fleet availability of 379 vehicles throughout the ice storm, reflecting operational excellence. H/t @aishabello for the heads up. We must utilize actionable metrics to move the needle on wait times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1925207773879000688",
          "editControlInitial" : {
            "editTweetIds" : [
              "1925207773879000688",
              "1925209634152394100"
            ],
            "editableUntil" : "2025-05-21T16:11:16.580Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "180"
      ],
      "favorite_count" : "0",
      "id_str" : "1925209634152394100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925209634152394100",
      "created_at" : "Wed May 21 15:18:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Implementation of the electric bus rollout continues to progress consistent with established timelines, with implementation sequencing aligned with capital programming constraints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925207773879000688",
            "1925209634152394100"
          ],
          "editableUntil" : "2025-05-21T16:11:16.580Z",
          "editsRemaining" : "4",
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
        "180"
      ],
      "favorite_count" : "1",
      "id_str" : "1925207773879000688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925207773879000688",
      "created_at" : "Wed May 21 15:11:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Implementation of the electric bus rlolout continues to progress consistent with established timelines, with implementation sequencing aligned with capital programming constraints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924944960510355857"
          ],
          "editableUntil" : "2025-05-20T22:46:56.990Z",
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
        "239"
      ],
      "favorite_count" : "0",
      "id_str" : "1924944960510355857",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924944960510355857",
      "created_at" : "Tue May 20 21:46:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the Eastgate Transit Center customer service location during business hours. Please action accordingly and ensure alignment across stakeholders!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924917186359024271"
          ],
          "editableUntil" : "2025-05-20T20:56:35.116Z",
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
            "url" : "https://t.co/ulSsyGrByE",
            "expanded_url" : "https://www.rrta.example/detours/route-50",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "3",
      "id_str" : "1924917186359024271",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924917186359024271",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 20 19:56:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.co/ulSsyGrByE. Going forward, we will leverage these learnings to optimize farebox recovery.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924101861090936516"
          ],
          "editableUntil" : "2025-05-18T14:56:46.424Z",
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
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1924101861090936516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924101861090936516",
      "created_at" : "Sun May 18 13:56:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Adverse weather conditions associated with the high winds may impact schedule reliability; customers should plan accordingly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923539472964985641"
          ],
          "editableUntil" : "2025-05-17T01:42:02.647Z",
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
      "favorite_count" : "1",
      "id_str" : "1923539472964985641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923539472964985641",
      "created_at" : "Sat May 17 00:42:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923453967826542240"
          ],
          "editableUntil" : "2025-05-16T20:02:16.633Z",
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
        "244"
      ],
      "favorite_count" : "0",
      "id_str" : "1923453967826542240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923453967826542240",
      "created_at" : "Fri May 16 19:02:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Implementation of the sidewalk-to-stop prorgam continues to progress consistent with established timelines, with design development deliverables advancing toward final review. Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923394028769896994"
          ],
          "editableUntil" : "2025-05-16T16:04:06.048Z",
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
            "name" : "Riverton Riverb",
            "screen_name" : "riverton_riverb",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "46978984457957163",
            "id" : "46978984457957163"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1923208583495177759",
      "id_str" : "1923394028769896994",
      "in_reply_to_user_id" : "46978984457957163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923394028769896994",
      "in_reply_to_status_id" : "1923208583495177759",
      "created_at" : "Fri May 16 15:04:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_riverb Greetings. Sorry to hear that. We have escalated the reported real-time data discrepancy for the 6 to our technology vendor for remediation. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_riverb",
      "in_reply_to_user_id_str" : "46978984457957163"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922341186968765017"
          ],
          "editableUntil" : "2025-05-13T18:20:29.002Z",
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
        "271"
      ],
      "favorite_count" : "0",
      "id_str" : "1922341186968765017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922341186968765017",
      "created_at" : "Tue May 13 17:20:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Customers should anticipate service delays on the Riverside Express as a consequence of adverse meteorological conditions; real-time arrival information remains available via our digital platforms. Going live from Family Day at the zoo at 7:55, bring your questions! Any…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922310497833553941"
          ],
          "editableUntil" : "2025-05-13T16:18:32.142Z",
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
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "182",
              "193"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "1",
      "id_str" : "1922310497833553941",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922310497833553941",
      "created_at" : "Tue May 13 15:18:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the Eastgate Transit Center customer service location during business hours. Teamwork: @aishabello and our ops crew sorted out the 2 detour in an hour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922086249180851304"
          ],
          "editableUntil" : "2025-05-13T01:27:27.097Z",
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
        "204"
      ],
      "favorite_count" : "1",
      "id_str" : "1922086249180851304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922086249180851304",
      "created_at" : "Tue May 13 00:27:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon Boat races. Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921959064713811414"
          ],
          "editableUntil" : "2025-05-12T17:02:03.957Z",
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
        "193"
      ],
      "favorite_count" : "1",
      "id_str" : "1921959064713811414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921959064713811414",
      "created_at" : "Mon May 12 16:02:03 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the air show, which will take place at the county courthouse. Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921917928200537678"
          ],
          "editableUntil" : "2025-05-12T14:18:36.248Z",
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
      "favorite_count" : "4",
      "id_str" : "1921917928200537678",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921917928200537678",
      "created_at" : "Mon May 12 13:18:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The bus stop audit initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. This requires a holistic, multimodal interoperability paradigm!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920887152889006132"
          ],
          "editableUntil" : "2025-05-09T18:02:40.263Z",
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
        "188"
      ],
      "favorite_count" : "1",
      "id_str" : "1920887152889006132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920887152889006132",
      "created_at" : "Fri May 09 17:02:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Due to public safety coordination requirements on Orchard Ave, the 22 will operate on a temporary detour utilizing Quarry Rd until further notice. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920856440651469793"
          ],
          "editableUntil" : "2025-05-09T16:00:37.895Z",
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
        "150"
      ],
      "favorite_count" : "2",
      "id_str" : "1920856440651469793",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920856440651469793",
      "created_at" : "Fri May 09 15:00:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Due to structural bridge evaluation procedures on Water St, the Green Line will operate on a temporary detour utilizing Bluff St until further notice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920849846495929654"
          ],
          "editableUntil" : "2025-05-09T15:34:25.726Z",
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
        "136"
      ],
      "favorite_count" : "1",
      "id_str" : "1920849846495929654",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920849846495929654",
      "created_at" : "Fri May 09 14:34:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Supplemental service deployment will support anticipated demand associated with the Juneteenth parade, with enhanced frequency on the 1.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920832188145066351"
          ],
          "editableUntil" : "2025-05-09T14:24:15.647Z",
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
        "232"
      ],
      "favorite_count" : "5",
      "id_str" : "1920832188145066351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920832188145066351",
      "created_at" : "Fri May 09 13:24:15 +0000 2025",
      "favorited" : false,
      "full_text" : "What a whimsical evening in Quarry Hill. System-wide ridership metrics reflect a 6% year-over-year increase, driven by enhanced service levels on key corridors including the Night Owl. Key deliverables will be operationalized in Q1.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920680065348121883"
          ],
          "editableUntil" : "2025-05-09T04:19:46.745Z",
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
        "214"
      ],
      "favorite_count" : "2",
      "id_str" : "1920680065348121883",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920680065348121883",
      "created_at" : "Fri May 09 03:19:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Due to public safety coordination requirements on Nicollet Ave, Route 7 will operate on a temporary detour utilizing River Rd until further notice. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920585632686193895"
          ],
          "editableUntil" : "2025-05-08T22:04:32.244Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "190",
              "199"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "200",
              "214"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "0",
      "id_str" : "1920585632686193895",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920585632686193895",
      "created_at" : "Thu May 08 21:04:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Adverse weather conditions associated with the high winds may impact schedule reliability; customers should plan accordingly. Let us circle back once we have more bandwidth. #FareFree #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920105558509727404"
          ],
          "editableUntil" : "2025-05-07T14:16:53.641Z",
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
        "229"
      ],
      "favorite_count" : "0",
      "id_str" : "1920105558509727404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920105558509727404",
      "created_at" : "Wed May 07 13:16:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Customers should anticipate service delays on the 34 as a consequence of operator availability constraints; real-time arrival information remains available via our digital platforms. Let's circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1919890327762867161",
          "editControlInitial" : {
            "editTweetIds" : [
              "1919890327762867161",
              "1919892745578420937"
            ],
            "editableUntil" : "2025-05-07T00:01:38.633Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
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
        "173"
      ],
      "favorite_count" : "3",
      "id_str" : "1919892745578420937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919892745578420937",
      "created_at" : "Tue May 06 23:11:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Adverse weather conditions associated with the high winds may impact schedule reliability; customers should plan accordingly. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919890327762867161",
            "1919892745578420937"
          ],
          "editableUntil" : "2025-05-07T00:01:38.633Z",
          "editsRemaining" : "4",
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
        "173"
      ],
      "favorite_count" : "4",
      "id_str" : "1919890327762867161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919890327762867161",
      "created_at" : "Tue May 06 23:01:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Adverse weather condiitons associated with the high winds may impact schedule reliability; customers should plan accordingly. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919872103216492132"
          ],
          "editableUntil" : "2025-05-06T22:49:13.562Z",
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
        "235"
      ],
      "favorite_count" : "3",
      "id_str" : "1919872103216492132",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919872103216492132",
      "created_at" : "Tue May 06 21:49:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Implementation of the student pass program continues to progress consistent with established timelines, with stakeholder consultation processes substantially complete. Please action accordingly and ensure alignment across stakeholders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919852578920727185"
          ],
          "editableUntil" : "2025-05-06T21:31:38.607Z",
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
        "221"
      ],
      "favorite_count" : "1",
      "id_str" : "1919852578920727185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919852578920727185",
      "created_at" : "Tue May 06 20:31:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the Northside Transfer Center customer service location during business hours. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919820115055849324"
          ],
          "editableUntil" : "2025-05-06T19:22:38.619Z",
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
      "favorite_count" : "3",
      "id_str" : "1919820115055849324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919820115055849324",
      "created_at" : "Tue May 06 18:22:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Reminder: Meet Mr. Leon, who keeps the 15 running through Union Hill every morning. This is why transit matters: a nurse…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919784094479823389"
          ],
          "editableUntil" : "2025-05-06T16:59:30.644Z",
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
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "1919784094479823389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919784094479823389",
      "created_at" : "Tue May 06 15:59:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton Marathon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919400007391557043"
          ],
          "editableUntil" : "2025-05-05T15:33:17.146Z",
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
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1919400007391557043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919400007391557043",
      "created_at" : "Mon May 05 14:33:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Fourth of July fireworks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918049497682569809"
          ],
          "editableUntil" : "2025-05-01T22:06:50.540Z",
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
            "name" : "Profeastgate196",
            "screen_name" : "profeastgate196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "49943665412382522",
            "id" : "49943665412382522"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1917938972859285762",
      "id_str" : "1918049497682569809",
      "in_reply_to_user_id" : "49943665412382522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918049497682569809",
      "in_reply_to_status_id" : "1917938972859285762",
      "created_at" : "Thu May 01 21:06:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@profeastgate196 Thank you for contacting Riverton Regional Transit. We apologize for the inconvenience. We have escalated the reported real-time data discrepancy for the 7X to our technology vendor for remediation. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "profeastgate196",
      "in_reply_to_user_id_str" : "49943665412382522"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917990601237790787"
          ],
          "editableUntil" : "2025-05-01T18:12:48.534Z",
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
            "name" : "Tjriverton",
            "screen_name" : "tjriverton",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "15714834461436033",
            "id" : "15714834461436033"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1917906668431819746",
      "id_str" : "1917990601237790787",
      "in_reply_to_user_id" : "15714834461436033",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1917990601237790787",
      "in_reply_to_status_id" : "1917906668431819746",
      "created_at" : "Thu May 01 17:12:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjriverton Thank you for contacting Riverton Regional Transit. A maintenance work order has been generated for the Senior Center facility. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjriverton",
      "in_reply_to_user_id_str" : "15714834461436033"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917583517265018264"
          ],
          "editableUntil" : "2025-04-30T15:15:12.151Z",
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
      "favorite_count" : "0",
      "id_str" : "1917583517265018264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917583517265018264",
      "created_at" : "Wed Apr 30 14:15:12 +0000 2025",
      "favorited" : false,
      "full_text" : "The fare capping framework will be operationalized effective May 5, leveraging the account-based fare collection platform. Buses get our residents to jobs, school and the doctor. Share this with anyone who rides the 11!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917330183015498440"
          ],
          "editableUntil" : "2025-04-29T22:28:32.560Z",
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
            "name" : "The Realcoffee1",
            "screen_name" : "the_realcoffee1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59792753275854329",
            "id" : "59792753275854329"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1917314573196499766",
      "id_str" : "1917330183015498440",
      "in_reply_to_user_id" : "59792753275854329",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1917330183015498440",
      "in_reply_to_status_id" : "1917314573196499766",
      "created_at" : "Tue Apr 29 21:28:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realcoffee1 Greetings. A maintenance work order has been generated for the Westgate Blvd &amp; State St facility. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realcoffee1",
      "in_reply_to_user_id_str" : "59792753275854329"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917322140595562647"
          ],
          "editableUntil" : "2025-04-29T21:56:35.097Z",
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
        "249"
      ],
      "favorite_count" : "4",
      "id_str" : "1917322140595562647",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1917322140595562647",
      "created_at" : "Tue Apr 29 20:56:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. The City of Riverton has announced the schedule for Family Day at the zoo, whcih will take place at the Job Center.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917266049949711125"
          ],
          "editableUntil" : "2025-04-29T18:13:42.045Z",
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
        "228"
      ],
      "favorite_count" : "0",
      "id_str" : "1917266049949711125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917266049949711125",
      "created_at" : "Tue Apr 29 17:13:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Due to private development construction staging on Bridge St, the 29 will operate on a temporary detour utilizing Grand Ave until further notice. We must utilize actionable metrics to move the needle on crowding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916952868358625340"
          ],
          "editableUntil" : "2025-04-28T21:29:13.735Z",
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
            "name" : "Tjmike1960",
            "screen_name" : "tjmike1960",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "14556229515427596",
            "id" : "14556229515427596"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "254"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1916927959586205317",
      "id_str" : "1916952868358625340",
      "in_reply_to_user_id" : "14556229515427596",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916952868358625340",
      "in_reply_to_status_id" : "1916927959586205317",
      "created_at" : "Mon Apr 28 20:29:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjmike1960 Thank you for contacting Riverton Regional Transit. So sorry to hear about your morning. Capacity constraints on the Crosstown Connector are being evaluated as part of ongoing service planning. Thank you for your patience and understanding. 🙄",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjmike1960",
      "in_reply_to_user_id_str" : "14556229515427596"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916949342820714431"
          ],
          "editableUntil" : "2025-04-28T21:15:13.181Z",
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
        "230"
      ],
      "favorite_count" : "2",
      "id_str" : "1916949342820714431",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916949342820714431",
      "created_at" : "Mon Apr 28 20:15:13 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate the 32 frequencies to reflect evolving ridership utilization patterns within the Old Mill catchment. Please action accordingly and ensure alignment across stakeholders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916902088144805643"
          ],
          "editableUntil" : "2025-04-28T18:07:26.789Z",
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
            "name" : "The Real Mom52",
            "screen_name" : "the_real_mom52",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "30514758358032148",
            "id" : "30514758358032148"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vDXrGBOh7n",
            "expanded_url" : "https://www.rrta.example/meetings/bus-stop-audit-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1915795756102786787",
      "id_str" : "1916902088144805643",
      "in_reply_to_user_id" : "30514758358032148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916902088144805643",
      "in_reply_to_status_id" : "1915795756102786787",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 28 17:07:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_mom52 Thank you for contacting Riverton Regional Transit. Paratransit eligibility applications may be submitted via https://t.co/vDXrGBOh7n. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_mom52",
      "in_reply_to_user_id_str" : "30514758358032148"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916826170902874036"
          ],
          "editableUntil" : "2025-04-28T13:05:46.708Z",
          "editsRemaining" : "5",
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
              "122",
              "130"
            ]
          }
        ],
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
            "url" : "https://t.co/oeKdH03l6b",
            "expanded_url" : "https://www.rrta.example/schedules/may-28",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "1916826170902874036",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916826170902874036",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 28 12:05:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Nothing beats the view of the river from Millworks Lofts on a clear morning. https://t.co/oeKdH03l6b #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915880470988654077"
          ],
          "editableUntil" : "2025-04-25T22:27:54.278Z",
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
        "197"
      ],
      "favorite_count" : "0",
      "id_str" : "1915880470988654077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915880470988654077",
      "created_at" : "Fri Apr 25 21:27:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 30 service is being rerouted to facilitate public safety coordination requirements; impacted customers are encouraged to utilize the Tower Rd &amp; Market St boarding location.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915879073994052617"
          ],
          "editableUntil" : "2025-04-25T22:22:21.209Z",
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
        "263"
      ],
      "favorite_count" : "1",
      "id_str" : "1915879073994052617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915879073994052617",
      "created_at" : "Fri Apr 25 21:22:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Boardings on the 19 reached 23,899 for the reporting period, exceeding established performance benchmarks. System-wide ridership metrics reflect a 14% year-over-year increase, driven by enhanced service levels on key corridors including the 19.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915801473367987236"
          ],
          "editableUntil" : "2025-04-25T17:13:59.778Z",
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
        "187"
      ],
      "favorite_count" : "3",
      "id_str" : "1915801473367987236",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915801473367987236",
      "created_at" : "Fri Apr 25 16:13:59 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Memorial Day ceremony, which will take place at Riverton Community College. Buses get our residents to jobs, school and the doctor.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915440512692283921"
          ],
          "editableUntil" : "2025-04-24T17:19:40.046Z",
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
        "184"
      ],
      "favorite_count" : "0",
      "id_str" : "1915440512692283921",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915440512692283921",
      "created_at" : "Thu Apr 24 16:19:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Vertical circulation infrastructure at Central Station is temporarily non-operational; alternative accessible pathways are available via the Division St entrance. 👍😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914809357359697232"
          ],
          "editableUntil" : "2025-04-22T23:31:40.889Z",
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
        "268"
      ],
      "favorite_count" : "0",
      "id_str" : "1914809357359697232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914809357359697232",
      "created_at" : "Tue Apr 22 22:31:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Customers should anticipate service delays on the 35 as a consequence of operator availability constraints; real-time arrival information remains available via our digital platforms. It is in the schedule. This aligns with our strategic priorities and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914792681895981560"
          ],
          "editableUntil" : "2025-04-22T22:25:25.148Z",
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
        "216"
      ],
      "favorite_count" : "3",
      "id_str" : "1914792681895981560",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914792681895981560",
      "created_at" : "Tue Apr 22 21:25:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Riverton Marathon, which will take place at Northside Mall. Have a great weekend, everyone! Going forward, deliverables should be synergized across workstreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914428079979860388"
          ],
          "editableUntil" : "2025-04-21T22:16:37.277Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "112",
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
      "favorite_count" : "0",
      "id_str" : "1914428079979860388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914428079979860388",
      "created_at" : "Mon Apr 21 21:16:37 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for Pride in the Park, which will take place at Northside Mall. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914401686309371632"
          ],
          "editableUntil" : "2025-04-21T20:31:44.536Z",
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
        "198"
      ],
      "favorite_count" : "1",
      "id_str" : "1914401686309371632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914401686309371632",
      "created_at" : "Mon Apr 21 19:31:44 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Harvest Market, which will take place at City Hall. It is in the schedule. Please action accordingly and ensure alignment across stakeholders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914121862937129467"
          ],
          "editableUntil" : "2025-04-21T01:59:49.445Z",
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
        "161"
      ],
      "favorite_count" : "3",
      "id_str" : "1914121862937129467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914121862937129467",
      "created_at" : "Mon Apr 21 00:59:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Effective April 29, the service change implementation will optimize headways on Route 24 to enhance network-level connectivity and throughput.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913287662954257983"
          ],
          "editableUntil" : "2025-04-18T18:45:00.671Z",
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
            "name" : "Z Dad",
            "screen_name" : "z_dad",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "57741361073772305",
            "id" : "57741361073772305"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1k4plXuJqB",
            "expanded_url" : "https://www.rrta.example/projects/real-time-arrival-signs",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "5",
      "id_str" : "1913287662954257983",
      "in_reply_to_user_id" : "57741361073772305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913287662954257983",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 18 17:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_dad Fare product pricing information is available at https://t.co/1k4plXuJqB.",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_dad",
      "in_reply_to_user_id_str" : "57741361073772305"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913238322911629143"
          ],
          "editableUntil" : "2025-04-18T15:28:57.088Z",
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
        "263"
      ],
      "favorite_count" : "3",
      "id_str" : "1913238322911629143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913238322911629143",
      "created_at" : "Fri Apr 18 14:28:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at St. Luke's Clinic. Any changes to the 27 will only be considered after a full evaluation. The information in our the 27 post was accurate as…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912979238898302313"
          ],
          "editableUntil" : "2025-04-17T22:19:26.645Z",
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
        "183"
      ],
      "favorite_count" : "1",
      "id_str" : "1912979238898302313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912979238898302313",
      "created_at" : "Thu Apr 17 21:19:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The forthcoming service modification package will recalibrate Route 32 frequencies to reflect evolving ridership utilization patterns within the Old Mill catchment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912843366175208993"
          ],
          "editableUntil" : "2025-04-17T13:19:32.064Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "233",
              "245"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ei5VDPqYFe",
            "expanded_url" : "https://www.rrta.example/maps/route-30",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "209",
              "232"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "0",
      "id_str" : "1912843366175208993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912843366175208993",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 17 12:19:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Implementation of the Better Stops program continues to progress consistent with established timelines, with stakeholder consultation processes substantially complete. It's in the schedule. https://t.co/ei5VDPqYFe #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912622294889509493"
          ],
          "editableUntil" : "2025-04-16T22:41:04.562Z",
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
            "url" : "https://t.co/ZXPR9JEsaB",
            "expanded_url" : "https://x.com/RivertonSchools/status/1912167581084950564",
            "display_url" : "x.com/RivertonSchools/sta…",
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
      "favorite_count" : "1",
      "id_str" : "1912622294889509493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912622294889509493",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 16 21:41:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the chili cook-off. Proud of our team for getting the 9 back on schedule so fast. https://t.co/ZXPR9JEsaB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912588463272731815"
          ],
          "editableUntil" : "2025-04-16T20:26:38.476Z",
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
              "110",
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
        "126"
      ],
      "favorite_count" : "6",
      "id_str" : "1912588463272731815",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912588463272731815",
      "created_at" : "Wed Apr 16 19:26:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Boardings on the Red Line reached 146 for the reporting period, exceeding established performance benchmarks. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912505747852590862"
          ],
          "editableUntil" : "2025-04-16T14:57:57.583Z",
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
      "favorite_count" : "3",
      "id_str" : "1912505747852590862",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912505747852590862",
      "created_at" : "Wed Apr 16 13:57:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Implementation of the Better Stops program continues to progress consistent with established timelines, with implementatio…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912203034659262111"
          ],
          "editableUntil" : "2025-04-15T18:55:05.134Z",
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
        "239"
      ],
      "favorite_count" : "2",
      "id_str" : "1912203034659262111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912203034659262111",
      "created_at" : "Tue Apr 15 17:55:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the art crawl, which will take place at Central Station. Have a great weekend, everyone! Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912157056745059847"
          ],
          "editableUntil" : "2025-04-15T15:52:23.145Z",
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
              "120",
              "134"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "135",
              "147"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1912157056745059847",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912157056745059847",
      "created_at" : "Tue Apr 15 14:52:23 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at Millworks Lofts. #accessibility #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911958665081412469"
          ],
          "editableUntil" : "2025-04-15T02:44:02.886Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "130",
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
      "favorite_count" : "1",
      "id_str" : "1911958665081412469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911958665081412469",
      "created_at" : "Tue Apr 15 01:44:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the art crawl. It is in the schedule. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911797827681552347"
          ],
          "editableUntil" : "2025-04-14T16:04:56.262Z",
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
            "name" : "Heymike79",
            "screen_name" : "heymike79",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "66138158336267136",
            "id" : "66138158336267136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1910797200966535140",
      "id_str" : "1911797827681552347",
      "in_reply_to_user_id" : "66138158336267136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911797827681552347",
      "in_reply_to_status_id" : "1910797200966535140",
      "created_at" : "Mon Apr 14 15:04:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@heymike79 Greetings. We are sorry this happened. Capacity constraints on Route 9 are being evaluated as part of ongoing service planning. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heymike79",
      "in_reply_to_user_id_str" : "66138158336267136"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911780954525885369"
          ],
          "editableUntil" : "2025-04-14T14:57:53.388Z",
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
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "1911780954525885369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911780954525885369",
      "created_at" : "Mon Apr 14 13:57:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Adverse weather conditions associated with the fog may impact schedule reliability; customers should plan accordingly!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910792157737001770"
          ],
          "editableUntil" : "2025-04-11T21:28:45.863Z",
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
              "135",
              "147"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UkX2C8ycAW",
            "expanded_url" : "https://www.rrta.example/schedules/april-23",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "208",
              "231"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "1",
      "id_str" : "1910792157737001770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910792157737001770",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 11 20:28:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Teamwork: @oliviarides and our ops crew sorted out the Route 39 detour in an hour. https://t.co/UkX2C8ycAW 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910529398047020467"
          ],
          "editableUntil" : "2025-04-11T04:04:39.071Z",
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
      "favorite_count" : "1",
      "id_str" : "1910529398047020467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910529398047020467",
      "created_at" : "Fri Apr 11 03:04:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: The fare capping framework will be operationalized effective April 20, leveraging the account-based fare collection platfo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910470917838427575"
          ],
          "editableUntil" : "2025-04-11T00:12:16.302Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "237",
              "246"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/vakYm4Tz04",
            "expanded_url" : "https://www.rrta.example/survey/oak-grove",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "0",
      "id_str" : "1910470917838427575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910470917838427575",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 10 23:12:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Members of the public are invited to provide feedback regarding the paratransit booking app via the designated comment submission portal at https://t.co/vakYm4Tz04. Going forward, we will leverage these learnings to optimize wait times. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910207016254635060"
          ],
          "editableUntil" : "2025-04-10T06:43:37.262Z",
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
            "name" : "Justnorthside72",
            "screen_name" : "justnorthside72",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "55853958129598386",
            "id" : "55853958129598386"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1910077869142306454",
      "id_str" : "1910207016254635060",
      "in_reply_to_user_id" : "55853958129598386",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910207016254635060",
      "in_reply_to_status_id" : "1910077869142306454",
      "created_at" : "Thu Apr 10 05:43:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@justnorthside72 Hello. Sorry to hear about the trouble today. Our real-time monitoring indicates the 16 is experiencing a schedule variance of approximately 10 minutes; estimated arrival at Quarry Rd &amp; Bridge St is 12:30. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "justnorthside72",
      "in_reply_to_user_id_str" : "55853958129598386"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909999131473342579"
          ],
          "editableUntil" : "2025-04-09T16:57:33.668Z",
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
              "169",
              "185"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "186",
              "195"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4uw0Q1h1qu",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "0",
      "id_str" : "1909999131473342579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909999131473342579",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 09 15:57:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Ms. Pat has driven Route 8 for 5 years and still knows every regular by name. Key deliverables will be operationalized in Q4. https://t.co/4uw0Q1h1qu #RivertonTransit #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909959675586076112"
          ],
          "editableUntil" : "2025-04-09T14:20:46.651Z",
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
              "149",
              "161"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bKXuR2RAbL",
            "expanded_url" : "https://x.com/oliviarides/status/1909471195016199259",
            "display_url" : "x.com/oliviarides/status/…",
            "indices" : [
              "222",
              "245"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "7",
      "id_str" : "1909959675586076112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909959675586076112",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 09 13:20:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Eastgate. The City of Riverton has announced the schedule for the county fair, which will take place at the county courthouse. Teamwork: @oliviarides and our ops crew sorted out the Route 14 detour in an hour. https://t.co/bKXuR2RAbL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909745382022790418"
          ],
          "editableUntil" : "2025-04-09T00:09:15.084Z",
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
            "url" : "https://t.co/as5BPyEXqK",
            "expanded_url" : "https://www.rrta.example/detours/route-6",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "196",
              "219"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "0",
      "id_str" : "1909745382022790418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909745382022790418",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 08 23:09:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The fare capping framework will be operationalized effective April 27, leveraging the account-based fare collection platform. Going forward, we will leverage these learnings to optimize crowding. https://t.co/as5BPyEXqK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909682517763201431"
          ],
          "editableUntil" : "2025-04-08T19:59:27.077Z",
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
        "230"
      ],
      "favorite_count" : "1",
      "id_str" : "1909682517763201431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909682517763201431",
      "created_at" : "Tue Apr 08 18:59:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon Boat races. The City of Riverton has announced the schedule for the Dragon Boat races, which will take place at Northside Mall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909671636384695766"
          ],
          "editableUntil" : "2025-04-08T19:16:12.754Z",
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
        "270"
      ],
      "favorite_count" : "2",
      "id_str" : "1909671636384695766",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1909671636384695766",
      "created_at" : "Tue Apr 08 18:16:12 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the chili cook-off, which will take place at Riverton Community College. Any changes to Route 88 will only be considered after a full evaluation. We must utilize actionable metrics to move the needle on response times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909655496804042147"
          ],
          "editableUntil" : "2025-04-08T18:12:04.778Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "118",
              "134"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1909655328204835236",
      "id_str" : "1909655496804042147",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909655496804042147",
      "in_reply_to_status_id" : "1909655328204835236",
      "created_at" : "Tue Apr 08 17:12:04 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The City of Riverton has announced the schedule for the jazz festival, which will take place at Southport Walmart. #RivertonTransit",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909655328204835236"
          ],
          "editableUntil" : "2025-04-08T18:11:24.581Z",
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
        "242"
      ],
      "favorite_count" : "0",
      "id_str" : "1909655328204835236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909655328204835236",
      "created_at" : "Tue Apr 08 17:11:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the Memorial Day ceremony, which will take place at Eastgate Transit Center. Have a great weekend, everyone! Going forward, we will leverage these learnings to optimize boardings per hour. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909611709562035769"
          ],
          "editableUntil" : "2025-04-08T15:18:05.086Z",
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
            "name" : "Profz71",
            "screen_name" : "profz71",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "8157737643642539",
            "id" : "8157737643642539"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1909575356100605959",
      "id_str" : "1909611709562035769",
      "in_reply_to_user_id" : "8157737643642539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909611709562035769",
      "in_reply_to_status_id" : "1909575356100605959",
      "created_at" : "Tue Apr 08 14:18:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@profz71 Thank you for contacting Riverton Regional Transit. A maintenance work order has been generated for the Nicollet Ave &amp; Kingsley Ave facility. As I said, Route 27 is on time according to our system. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "profz71",
      "in_reply_to_user_id_str" : "8157737643642539"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909255441387902813"
          ],
          "editableUntil" : "2025-04-07T15:42:24.134Z",
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
        "192"
      ],
      "favorite_count" : "1",
      "id_str" : "1909255441387902813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909255441387902813",
      "created_at" : "Mon Apr 07 14:42:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Please action accordingly and ensure alignment across stakeholders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909254260153410446"
          ],
          "editableUntil" : "2025-04-07T15:37:42.506Z",
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
      "favorite_count" : "0",
      "id_str" : "1909254260153410446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909254260153410446",
      "created_at" : "Mon Apr 07 14:37:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Bike to Work Day breakfast…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908186977558602179"
          ],
          "editableUntil" : "2025-04-04T16:56:42.506Z",
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
        "199"
      ],
      "favorite_count" : "0",
      "id_str" : "1908186977558602179",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1908186977558602179",
      "created_at" : "Fri Apr 04 15:56:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverfront concert series. The information in our the 5 post was accurate as published.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908179847443527496"
          ],
          "editableUntil" : "2025-04-04T16:28:22.554Z",
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
            "name" : "Bikegirlkat",
            "screen_name" : "bikegirlkat",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "39201406337845223",
            "id" : "39201406337845223"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1907861661504317824",
      "id_str" : "1908179847443527496",
      "in_reply_to_user_id" : "39201406337845223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908179847443527496",
      "in_reply_to_status_id" : "1907861661504317824",
      "created_at" : "Fri Apr 04 15:28:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlkat Your input will be incorporated into the sidewalk-to-stop program planning process, which evaluates service coverage across the network. It is on the website. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlkat",
      "in_reply_to_user_id_str" : "39201406337845223"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908177926524784001"
          ],
          "editableUntil" : "2025-04-04T16:20:44.572Z",
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
            "name" : "Kdee1993",
            "screen_name" : "kdee1993",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "71546042281037116",
            "id" : "71546042281037116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "257"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1907848525657442704",
      "id_str" : "1908177926524784001",
      "in_reply_to_user_id" : "71546042281037116",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1908177926524784001",
      "in_reply_to_status_id" : "1907848525657442704",
      "created_at" : "Fri Apr 04 15:20:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@kdee1993 Sorry to hear about the trouble today. Our real-time monitoring indicates the 8 is experiencing a schedule variance of approximately 3 minutes; estimated arrival at Eastgate Transit Center is 8:45 am. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kdee1993",
      "in_reply_to_user_id_str" : "71546042281037116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907976989305751304"
          ],
          "editableUntil" : "2025-04-04T03:02:17.405Z",
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
        "209"
      ],
      "favorite_count" : "5",
      "id_str" : "1907976989305751304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907976989305751304",
      "created_at" : "Fri Apr 04 02:02:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Pride in the Park. Our value proposition depends on a best-in-class customer experience ecosystem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907578511144488493"
          ],
          "editableUntil" : "2025-04-03T00:38:52.808Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/Mnp9qM9t51",
            "expanded_url" : "https://www.rrta.example/schedules/april-1",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1907578249326352475",
      "id_str" : "1907578511144488493",
      "in_reply_to_user_id" : "2972956847044879360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907578511144488493",
      "in_reply_to_status_id" : "1907578249326352475",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 02 23:38:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Members of the public are invited to provide feedback regarding the new bike racks via the designated comment submission portal at https://t.co/Mnp9qM9t51. This aligns with our strategic prioriites and stakeholder expectations. 💙😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "hwhitcombe",
      "in_reply_to_user_id_str" : "2972956847044879360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907578249326352475"
          ],
          "editableUntil" : "2025-04-03T00:37:50.386Z",
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
        "193"
      ],
      "favorite_count" : "5",
      "id_str" : "1907578249326352475",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907578249326352475",
      "created_at" : "Wed Apr 02 23:37:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Adverse weahter conditions associated with the ice storm may impact schedule reliability; customers should plan accordingly. Let us circle back once we have more bandwidth. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907525830982528190"
          ],
          "editableUntil" : "2025-04-02T21:09:32.879Z",
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
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1907525830982528190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907525830982528190",
      "created_at" : "Wed Apr 02 20:09:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the jazz festival. 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907167886197638607"
          ],
          "editableUntil" : "2025-04-01T21:27:12.192Z",
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
            "url" : "https://t.co/QUOhXWkH3z",
            "expanded_url" : "https://x.com/tessarides/status/1906689514200759800",
            "display_url" : "x.com/tessarides/status/1…",
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
      "favorite_count" : "2",
      "id_str" : "1907167886197638607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907167886197638607",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 01 20:27:12 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Supplemental service deployment will support anticipated demand associated with the art crawl, with enhanced frequency on Route 24. Thank you, Riverton! This aligns with our strategic priorities and stakeholder expectations. https://t.co/QUOhXWkH3z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907117029522967297"
          ],
          "editableUntil" : "2025-04-01T18:05:07.016Z",
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
        "261"
      ],
      "favorite_count" : "2",
      "id_str" : "1907117029522967297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907117029522967297",
      "created_at" : "Tue Apr 01 17:05:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 61 service is being rerouted to facilitate roadway resurfacing operations; impacted customers are encouraged to utilize the Maple St &amp; Washington Ave boarding location. Please action accordingly and ensure alignment across stakeholders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906817011478409132"
          ],
          "editableUntil" : "2025-03-31T22:12:57.140Z",
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
        "181"
      ],
      "favorite_count" : "2",
      "id_str" : "1906817011478409132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906817011478409132",
      "created_at" : "Mon Mar 31 21:12:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 24 service is being rerouted to facilitate public safety coordination requirements; impacted customers are encouraged to utilize the Garfield Ave &amp; Union St boarding location.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906723025437444195"
          ],
          "editableUntil" : "2025-03-31T15:59:29.122Z",
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
        "263"
      ],
      "favorite_count" : "0",
      "id_str" : "1906723025437444195",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906723025437444195",
      "created_at" : "Mon Mar 31 14:59:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the St. Patrick's parade. The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at Northside Mall. This requires a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906716867952719555"
          ],
          "editableUntil" : "2025-03-31T15:35:01.063Z",
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
            "name" : "Maria Tj",
            "screen_name" : "maria_tj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "43838932278226093",
            "id" : "43838932278226093"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sA1L6Ql6jW",
            "expanded_url" : "https://www.rrta.example/survey/westgate",
            "display_url" : "www.rrta.example/survey/w…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1906089309324023528",
      "id_str" : "1906716867952719555",
      "in_reply_to_user_id" : "43838932278226093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906716867952719555",
      "in_reply_to_status_id" : "1906089309324023528",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 31 14:35:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_tj Hello. Supplemental service will be deployed in support of the Bike to Work Day breakfast; details are available at https://t.co/sA1L6Ql6jW. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_tj",
      "in_reply_to_user_id_str" : "43838932278226093"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905683267832527841"
          ],
          "editableUntil" : "2025-03-28T19:07:51.591Z",
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
        "189"
      ],
      "favorite_count" : "4",
      "id_str" : "1905683267832527841",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905683267832527841",
      "created_at" : "Fri Mar 28 18:07:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The forthcoming service modification package will recalibrate Route 32 frequencies to reflect evolving ridership utilization patterns within the Sycamore Flats catchment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905354853073131539"
          ],
          "editableUntil" : "2025-03-27T21:22:51.410Z",
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
            "url" : "https://t.co/aqhMWbhISS",
            "expanded_url" : "https://www.rrta.example/schedules/august-25",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "0",
      "id_str" : "1905354853073131539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905354853073131539",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 27 20:22:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk. https://t.co/aqhMWbhISS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905289740292845122"
          ],
          "editableUntil" : "2025-03-27T17:04:07.314Z",
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
        "257"
      ],
      "favorite_count" : "1",
      "id_str" : "1905289740292845122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905289740292845122",
      "created_at" : "Thu Mar 27 16:04:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Vertical circulation infrastructure at University Station is temporarily non-operational; alternative accessible pathways are available via the Lincoln Blvd entrance. Stay cool out there! Key deliverables will be operationalized in Q4. 😄😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905278767184366184"
          ],
          "editableUntil" : "2025-03-27T16:20:31.121Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "239",
              "247"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "248",
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
      "favorite_count" : "2",
      "id_str" : "1905278767184366184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905278767184366184",
      "created_at" : "Thu Mar 27 15:20:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The sidewalk-to-stop program initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Any changes to Route 20 will only be considered after a full evaluation. #busstop #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904979202176983867"
          ],
          "editableUntil" : "2025-03-26T20:30:09.258Z",
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
              "112",
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
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "1904979202176983867",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904979202176983867",
      "created_at" : "Wed Mar 26 19:30:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. #Riverton 😤",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904967218130683423"
          ],
          "editableUntil" : "2025-03-26T19:42:32.038Z",
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
        "243"
      ],
      "favorite_count" : "3",
      "id_str" : "1904967218130683423",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904967218130683423",
      "created_at" : "Wed Mar 26 18:42:32 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the chili cook-off, which will take place at Riverton General Hospital. Any changes to Route 33 will only be considered after a full evaluation. Let's circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904920920526997326"
          ],
          "editableUntil" : "2025-03-26T16:38:33.829Z",
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
        "216"
      ],
      "favorite_count" : "2",
      "id_str" : "1904920920526997326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904920920526997326",
      "created_at" : "Wed Mar 26 15:38:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Boardings on the 25 reached 45,046 for the reporting period, exceeding established performance benchmarks. You all are the best. Going forward, we will leverage these learnings to optimize farebox recovery!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904693294126014662"
          ],
          "editableUntil" : "2025-03-26T01:34:03.466Z",
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
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1904693294126014662",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904693294126014662",
      "created_at" : "Wed Mar 26 00:34:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Riverton is beautiful today. Perfect day for a walk along the river in Canal District. 😊💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904626417828539750"
          ],
          "editableUntil" : "2025-03-25T21:08:18.914Z",
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
        "160"
      ],
      "favorite_count" : "0",
      "id_str" : "1904626417828539750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904626417828539750",
      "created_at" : "Tue Mar 25 20:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The City of Riverton has announced the schedule for the chili cook-off, which will take place at the Art Museum. Key deliverables will be operationalized in Q4.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904619419825620465"
          ],
          "editableUntil" : "2025-03-25T20:40:30.461Z",
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
              "153",
              "167"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "3",
      "id_str" : "1904619419825620465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904619419825620465",
      "created_at" : "Tue Mar 25 19:40:30 +0000 2025",
      "favorited" : false,
      "full_text" : "In response to the ice storm, Riverton Regional Transit has activated inclement weather operational protocols across the network. It is in the schedule. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904556298035828381"
          ],
          "editableUntil" : "2025-03-25T16:29:41.053Z",
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
            "name" : "Nurseriverbend",
            "screen_name" : "nurseriverbend",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "29836737185102439",
            "id" : "29836737185102439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1904175027003274280",
      "id_str" : "1904556298035828381",
      "in_reply_to_user_id" : "29836737185102439",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904556298035828381",
      "in_reply_to_status_id" : "1904175027003274280",
      "created_at" : "Tue Mar 25 15:29:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurseriverbend Thank you for contacting Riverton Regional Transit. Your input will be incorporated into the new bike racks planning process, which evaluates service coverage across the network. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurseriverbend",
      "in_reply_to_user_id_str" : "29836737185102439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904542207212297716"
          ],
          "editableUntil" : "2025-03-25T15:33:41.539Z",
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
        "252"
      ],
      "favorite_count" : "0",
      "id_str" : "1904542207212297716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904542207212297716",
      "created_at" : "Tue Mar 25 14:33:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the 1 service is being rerouted to facilitate structural bridge evaluation procedures; impacted customers are encouraged to utilize the West High School boarding location. Proud of our team for getting the 1 back on schedule so fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904358225729181258"
          ],
          "editableUntil" : "2025-03-25T03:22:36.935Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "176",
              "186"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "187",
              "195"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "0",
      "id_str" : "1904358225729181258",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904358225729181258",
      "created_at" : "Tue Mar 25 02:22:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 2 service is being rerouted to facilitate private development construction staging; impacted customers are encouraged to utilize the county courthouse boarding location. #RiverDays #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904266494354530482"
          ],
          "editableUntil" : "2025-03-24T21:18:06.471Z",
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
        "191"
      ],
      "favorite_count" : "1",
      "id_str" : "1904266494354530482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904266494354530482",
      "created_at" : "Mon Mar 24 20:18:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 10 service is being rerouted to facilitate public safety coordination requirements; impacted customers are encouraged to utilize the Amtrak station boarding location.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903189691026423766"
          ],
          "editableUntil" : "2025-03-21T21:59:16.552Z",
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
      "favorite_count" : "0",
      "id_str" : "1903189691026423766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903189691026423766",
      "created_at" : "Fri Mar 21 20:59:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Vertical circulation infrastructure at Harbor Point Station is temporarily non-operational; alternative accessible pathways are available via the Railroad Ave entrance.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903165622537636648"
          ],
          "editableUntil" : "2025-03-21T20:23:38.177Z",
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
        "244"
      ],
      "favorite_count" : "2",
      "id_str" : "1903165622537636648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903165622537636648",
      "created_at" : "Fri Mar 21 19:23:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Accessibility enhancements at the Eastgate Transit Center boarding location have been completed in accordance with applicable ADA compliance requirements. It is in the schedule. Let us circle back once we have more bandwidth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903133137266820550"
          ],
          "editableUntil" : "2025-03-21T18:14:33.085Z",
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
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1903133137266820550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903133137266820550",
      "created_at" : "Fri Mar 21 17:14:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Riverton is beautiful today. Perfect day for a walk along the river in Union Hill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902770327922669475"
          ],
          "editableUntil" : "2025-03-20T18:12:52.596Z",
          "editsRemaining" : "5",
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
              "124",
              "132"
            ]
          },
          {
            "text" : "River",
            "indices" : [
              "133",
              "139"
            ]
          }
        ],
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1902770327922669475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902770327922669475",
      "created_at" : "Thu Mar 20 17:12:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Municipal offices will observe modified operating hours on Friday in connection with the food truck rally. #transit #River…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902369759298723912"
          ],
          "editableUntil" : "2025-03-19T15:41:09.594Z",
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
        "161"
      ],
      "favorite_count" : "0",
      "id_str" : "1902369759298723912",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902369759298723912",
      "created_at" : "Wed Mar 19 14:41:09 +0000 2025",
      "favorited" : false,
      "full_text" : "The forthcoming service modification package will recalibrate the 2 frequencies to reflect evolving ridership utilization patterns within the Westgate catchment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902360731247344011"
          ],
          "editableUntil" : "2025-03-19T15:05:17.139Z",
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
        "267"
      ],
      "favorite_count" : "2",
      "id_str" : "1902360731247344011",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902360731247344011",
      "created_at" : "Wed Mar 19 14:05:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Supplemental service deployment will support anticipated demand associated with the Fourth of July fireworks, with enhanced frequency on the 35. Have a great weekend, everyone! This aligns with our strategic priorities and stakeholder expectations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901681045387501993"
          ],
          "editableUntil" : "2025-03-17T18:04:27.402Z",
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
            "url" : "https://t.co/RbtdN1gc9m",
            "expanded_url" : "https://x.com/RivBikes/status/1901076649704033342",
            "display_url" : "x.com/RivBikes/status/190…",
            "indices" : [
              "193",
              "216"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "5",
      "id_str" : "1901681045387501993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901681045387501993",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 17 17:04:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the St. Patrick's parade. This requires a holistic, multimodal interoperability paradigm. https://t.co/RbtdN1gc9m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900567133065574804"
          ],
          "editableUntil" : "2025-03-14T16:18:10.009Z",
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
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1900567133065574804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900567133065574804",
      "created_at" : "Fri Mar 14 15:18:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Stakeholder consultation sessions regarding fare capping will be facilitated at Millworks Lofts to solicit actionable communi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900248971477847269"
          ],
          "editableUntil" : "2025-03-13T19:13:54.375Z",
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
        "236"
      ],
      "favorite_count" : "1",
      "id_str" : "1900248971477847269",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900248971477847269",
      "created_at" : "Thu Mar 13 18:13:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. The City of Riverton has announced the schedule for graduation weekend, which will take place at Riverton Library.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900187439715259213"
          ],
          "editableUntil" : "2025-03-13T15:09:24.060Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "142",
              "151"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "1900187439715259213",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900187439715259213",
      "created_at" : "Thu Mar 13 14:09:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverfront concert series. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899924655592455891"
          ],
          "editableUntil" : "2025-03-12T21:45:11.443Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1899924655592455891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899924655592455891",
      "created_at" : "Wed Mar 12 20:45:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Hawks home opener.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899562142426383057"
          ],
          "editableUntil" : "2025-03-11T21:44:41.569Z",
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1899562142426383057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899562142426383057",
      "created_at" : "Tue Mar 11 20:44:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Service update: The forthcoming service modification package will recalibrate Route 21 frequencies to reflect evolving riders…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899372976501893231"
          ],
          "editableUntil" : "2025-03-11T09:13:00.898Z",
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
            "name" : "Bikegirlthe Rea",
            "screen_name" : "bikegirlthe_rea",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "7824724157104770",
            "id" : "7824724157104770"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1899318075557508272",
      "id_str" : "1899372976501893231",
      "in_reply_to_user_id" : "7824724157104770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899372976501893231",
      "in_reply_to_status_id" : "1899318075557508272",
      "created_at" : "Tue Mar 11 08:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlthe_rea We appreciate your feedback regarding the 12, which will be forwarded to the appropriate operational leadership for recognition purposes. Please do not hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlthe_rea",
      "in_reply_to_user_id_str" : "7824724157104770"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899200684526613312"
          ],
          "editableUntil" : "2025-03-10T21:48:23.290Z",
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
      "favorite_count" : "0",
      "id_str" : "1899200684526613312",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1899200684526613312",
      "created_at" : "Mon Mar 10 20:48:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Riverfront concert series, which will take place at Harbor Point. The information in our the 61 post was accurate as published. This requires a holistic, multimodal interoperability paradigm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898143719404749201"
          ],
          "editableUntil" : "2025-03-07T23:48:23.168Z",
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
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1898143719404749201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898143719404749201",
      "created_at" : "Fri Mar 07 22:48:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Customers should anticipate service delays on Route 39 as a consequence of temporary lane capacity reductions; real-time arri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898108884457209549"
          ],
          "editableUntil" : "2025-03-07T21:29:57.869Z",
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
            "name" : "Nadia Haddad",
            "screen_name" : "nadiahaddad_rrt",
            "indices" : [
              "206",
              "222"
            ],
            "id_str" : "1137301973",
            "id" : "1137301973"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "0",
      "id_str" : "1898108884457209549",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898108884457209549",
      "created_at" : "Fri Mar 07 20:29:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the Harbor Point Station customer service location during business hours. Not my area of expertise, so I asked @nadiahaddad_rrt. Answer coming soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898084665802791997"
          ],
          "editableUntil" : "2025-03-07T19:53:43.692Z",
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
        "213"
      ],
      "favorite_count" : "1",
      "id_str" : "1898084665802791997",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898084665802791997",
      "created_at" : "Fri Mar 07 18:53:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: In response to the snow, Riverton Regional Transit has activated inclement weather operational protocols across the network. We must utilize actionable metrics to move the needle on response times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897766385259713661"
          ],
          "editableUntil" : "2025-03-06T22:48:59.697Z",
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
        "166"
      ],
      "favorite_count" : "6",
      "id_str" : "1897766385259713661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897766385259713661",
      "created_at" : "Thu Mar 06 21:48:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at West High School. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897645114842151979"
          ],
          "editableUntil" : "2025-03-06T14:47:06.576Z",
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
        "184"
      ],
      "favorite_count" : "0",
      "id_str" : "1897645114842151979",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897645114842151979",
      "created_at" : "Thu Mar 06 13:47:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the county fair. Going forward, we will leverage these learnings to optimize response times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897286680888707335"
          ],
          "editableUntil" : "2025-03-05T15:02:49.262Z",
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
        "163"
      ],
      "favorite_count" : "0",
      "id_str" : "1897286680888707335",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1897286680888707335",
      "created_at" : "Wed Mar 05 14:02:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Due to emergency incident response activities on Grand Ave, the 32 will operate on a temporary detour utilizing Wabash Ave until further notice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896940578711305768"
          ],
          "editableUntil" : "2025-03-04T16:07:32.073Z",
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
      "favorite_count" : "0",
      "id_str" : "1896940578711305768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896940578711305768",
      "created_at" : "Tue Mar 04 15:07:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Reminder: Operational performance on Route 17 and Route 1 is temporarily impacted by an at-grade rail crossing occupancy ev…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896677336691296124"
          ],
          "editableUntil" : "2025-03-03T22:41:30.285Z",
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
        "232"
      ],
      "favorite_count" : "1",
      "id_str" : "1896677336691296124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896677336691296124",
      "created_at" : "Mon Mar 03 21:41:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The City of Riverton has announced the schedule for graduation weekend, which will take place at West High School. I got the time wrong in my last post. Route 16 leaves Southport Walmart at 8:55 am. That is on me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896598621811091110"
          ],
          "editableUntil" : "2025-03-03T17:28:43.195Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str" : "1896598621811091110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896598621811091110",
      "created_at" : "Mon Mar 03 16:28:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Our maintenance workforce maintained fleet availability of 322 vehicles throughout the ice storm, reflecting operational excellence. Our value proposition depends on a best-in-class customer experience ecosystem. #TransitTuesday",
      "lang" : "en"
    }
  }
]