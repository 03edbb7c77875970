window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961590784053815985"
          ],
          "editableUntil" : "2025-08-30T01:44:22.169Z",
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
              "182",
              "193"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "11",
      "id_str" : "1961590784053815985",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1961590784053815985",
      "created_at" : "Sat Aug 30 00:44:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here is the right info: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Kudos to @RivertonCC for the shared detour map!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961537819207644910"
          ],
          "editableUntil" : "2025-08-29T22:13:54.366Z",
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
            "name" : "Katnurse1963",
            "screen_name" : "katnurse1963",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "51726187727411463",
            "id" : "51726187727411463"
          },
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "147",
              "163"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/I8y52QqBgy",
            "expanded_url" : "https://www.rrta.example/schedules/april-17",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1961534474512698834",
      "id_str" : "1961537819207644910",
      "in_reply_to_user_id" : "51726187727411463",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1961537819207644910",
      "in_reply_to_status_id" : "1961534474512698834",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 29 21:13:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@katnurse1963 Hey! We are looking at service to Old Mill as part of the bus shelter redesign. Tell us more here: https://t.co/I8y52QqBgy Thanks to @gregtanaka_rrta on our ops team for tracking this down. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "katnurse1963",
      "in_reply_to_user_id_str" : "51726187727411463"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961486836331540981"
          ],
          "editableUntil" : "2025-08-29T18:51:19.101Z",
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
            "name" : "Z Mr1963",
            "screen_name" : "z_mr1963",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "40970528771686344",
            "id" : "40970528771686344"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1961476740329353872",
      "id_str" : "1961486836331540981",
      "in_reply_to_user_id" : "40970528771686344",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961486836331540981",
      "in_reply_to_status_id" : "1961476740329353872",
      "created_at" : "Fri Aug 29 17:51:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_mr1963 Ugh, sorry to hear that. Lost and fuond is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_mr1963",
      "in_reply_to_user_id_str" : "40970528771686344"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961479795877939376"
          ],
          "editableUntil" : "2025-08-29T18:23:20.526Z",
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
            "url" : "https://t.co/sQsJRhQWOP",
            "expanded_url" : "https://www.rrta.example/schedules/august-23",
            "display_url" : "www.rrta.example/schedule…",
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
      "favorite_count" : "11",
      "id_str" : "1961479795877939376",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1961479795877939376",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 29 17:23:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: Heads up: Route 8 skips Park Ave until Wednesday. The closest stop is Park Ave &amp; Sycamore St. You all asked, so here's a thread on the Main St bus lane. https://t.co/sQsJRhQWOP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961463896529353805"
          ],
          "editableUntil" : "2025-08-29T17:20:09.826Z",
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
      "favorite_count" : "1",
      "id_str" : "1961463896529353805",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1961463896529353805",
      "created_at" : "Fri Aug 29 16:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Service update: Supplemental service deployment will support anticipated demand associated with the River Days festival, with…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961204810730570164"
          ],
          "editableUntil" : "2025-08-29T00:10:38.958Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Night Mr2002",
            "screen_name" : "night_mr2002",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "27542806051269145",
            "id" : "27542806051269145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1961202169832006374",
      "id_str" : "1961204810730570164",
      "in_reply_to_user_id" : "27542806051269145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961204810730570164",
      "in_reply_to_status_id" : "1961202169832006374",
      "created_at" : "Thu Aug 28 23:10:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_mr2002 Hey there! Sorry to hear that. Thanks for telling us. We've sent this to the Route 23 supervisor to talk with the driver. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_mr2002",
      "in_reply_to_user_id_str" : "27542806051269145"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961176132462791076"
          ],
          "editableUntil" : "2025-08-28T22:16:41.526Z",
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
            "url" : "https://t.co/qDIyNacanB",
            "expanded_url" : "https://www.rrta.example/detours/route-21",
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
        "187"
      ],
      "favorite_count" : "3",
      "id_str" : "1961176132462791076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961176132462791076",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 28 21:16:41 +0000 2025",
      "favorited" : false,
      "full_text" : "If the 21 had a soundtrack, this morning it would be a slow jazz tune. Come tell us what you think about the student pass program at City Hall on Thursday at 5:15. https://t.co/qDIyNacanB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961162817247045821"
          ],
          "editableUntil" : "2025-08-28T21:23:46.931Z",
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
      "favorite_count" : "5",
      "id_str" : "1961162817247045821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961162817247045821",
      "created_at" : "Thu Aug 28 20:23:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Overheard on Route 5 this morning: \"this bus is my thinking time.\" Riverton is beautiful today. Perfect day for a walk al…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961095733826285620"
          ],
          "editableUntil" : "2025-08-28T16:57:12.997Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Heynurse1970",
            "screen_name" : "heynurse1970",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "59030634053831859",
            "id" : "59030634053831859"
          },
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "127",
              "139"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1961086910692856429",
      "id_str" : "1961095733826285620",
      "in_reply_to_user_id" : "59030634053831859",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961095733826285620",
      "in_reply_to_status_id" : "1961086910692856429",
      "created_at" : "Thu Aug 28 15:57:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@heynurse1970 Ugh, sorry to hear that. The app can lag when buses lose GPS near Mill St. We have told our tech team. Thanks to @oliviarides on our ops team for tracking this down. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heynurse1970",
      "in_reply_to_user_id_str" : "59030634053831859"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961033479774468082"
          ],
          "editableUntil" : "2025-08-28T12:49:50.475Z",
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
            "name" : "Samskater52",
            "screen_name" : "samskater52",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "67403647106090464",
            "id" : "67403647106090464"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1961025383162797777",
      "id_str" : "1961033479774468082",
      "in_reply_to_user_id" : "67403647106090464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961033479774468082",
      "in_reply_to_status_id" : "1961025383162797777",
      "created_at" : "Thu Aug 28 11:49:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@samskater52 Hello! That's not OK. We've pulled bus 1670 to fix the ramp today. I'll find out and rpely by the end of the day. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samskater52",
      "in_reply_to_user_id_str" : "67403647106090464"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960795040068738386"
          ],
          "editableUntil" : "2025-08-27T21:02:22.019Z",
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
      "favorite_count" : "24",
      "id_str" : "1960795040068738386",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960795040068738386",
      "created_at" : "Wed Aug 27 20:02:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Riverton General Hospital on a clear morning. Saw 115 people at Riverton General Hospital for the Riverfront concert series. Riverton, you showed up! Make sense? 🙌😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960751310888435160"
          ],
          "editableUntil" : "2025-08-27T18:08:36.170Z",
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
      "favorite_count" : "1",
      "id_str" : "1960751310888435160",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960751310888435160",
      "created_at" : "Wed Aug 27 17:08:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Tiny victory of the day: the Railroad Ave &amp; University Ave shelter finally has its bench back. The snow is here. Buses are running but expect delays of 5 minutes. Appreciate every one of you. Proud of our team for getting the 14 back on schedule so fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960745987409122516"
          ],
          "editableUntil" : "2025-08-27T17:47:26.954Z",
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
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1960745171894450675",
      "id_str" : "1960745987409122516",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960745987409122516",
      "in_reply_to_status_id" : "1960745171894450675",
      "created_at" : "Wed Aug 27 16:47:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Oak Grove. Have a great weekend, everyone!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960745171894450675"
          ],
          "editableUntil" : "2025-08-27T17:44:12.520Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "155",
              "165"
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
      "favorite_count" : "10",
      "id_str" : "1960745171894450675",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960745171894450675",
      "created_at" : "Wed Aug 27 16:44:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Plot twist: the busiest stop on the 3 is not downtown, it is Grand Ave &amp; Bluff St. Good news for Canal District: more trips on the 3 starting September 9. #RiverDays 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960384982556167268"
          ],
          "editableUntil" : "2025-08-26T17:52:56.690Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "203",
              "212"
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
      "favorite_count" : "16",
      "id_str" : "1960384982556167268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960384982556167268",
      "created_at" : "Tue Aug 26 16:52:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Mr. Earl humming along. The City of Riverton has announced the schedule for the art crawl, which will take place at Harbor Point. #FareFree ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959988986431268946"
          ],
          "editableUntil" : "2025-08-25T15:39:23.856Z",
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
            "name" : "Deebikegirl1974",
            "screen_name" : "deebikegirl1974",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "37922970247592738",
            "id" : "37922970247592738"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1959601342376462685",
      "id_str" : "1959988986431268946",
      "in_reply_to_user_id" : "37922970247592738",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1959988986431268946",
      "in_reply_to_status_id" : "1959601342376462685",
      "created_at" : "Mon Aug 25 14:39:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@deebikegirl1974 Hi there! So sorry to hear about your morning. Thanks for flagging. Crews are on the way. Use the Orchard Ave ramp for now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "deebikegirl1974",
      "in_reply_to_user_id_str" : "37922970247592738"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959039106713936042"
          ],
          "editableUntil" : "2025-08-23T00:44:54.884Z",
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
      "favorite_count" : "4",
      "id_str" : "1959039106713936042",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1959039106713936042",
      "created_at" : "Fri Aug 22 23:44:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The electric bus rollout is moving. This week the council approved the funding. We could not do this without our opera…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958976105778999027"
          ],
          "editableUntil" : "2025-08-22T20:34:34.290Z",
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
      "id_str" : "1958976105778999027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958976105778999027",
      "created_at" : "Fri Aug 22 19:34:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: Effective August 24, the service change implementation will optimize headways on the Night Owl to enhance…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958968205063526248"
          ],
          "editableUntil" : "2025-08-22T20:03:10.613Z",
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
      "favorite_count" : "8",
      "id_str" : "1958968205063526248",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958968205063526248",
      "created_at" : "Fri Aug 22 19:03:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Stay safe in the snow. Warming buses are parked at Harbor Point Station and Northside Mall. Earlier I said the 14 skips Wa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958967745938655749"
          ],
          "editableUntil" : "2025-08-22T20:01:21.149Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/1H1SiVueFJ",
            "expanded_url" : "https://www.rrta.example/survey/ferry-landing",
            "display_url" : "www.rrta.example/survey/f…",
            "indices" : [
              "75",
              "98"
            ]
          },
          {
            "url" : "https://t.co/nLDtA3yBE3",
            "expanded_url" : "https://www.rrta.example/survey/ferry-landing",
            "display_url" : "www.rrta.example/survey/f…",
            "indices" : [
              "180",
              "203"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "7",
      "id_str" : "1958967745938655749",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958967745938655749",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 19:01:21 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the bus shelter redesign. Take the 5-minute survey: https://t.co/1H1SiVueFJ It's in the schedule. Fixed the broken link from my last post, sorry about that: https://t.co/nLDtA3yBE3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958934650570658560"
          ],
          "editableUntil" : "2025-08-22T17:49:50.598Z",
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
      "favorite_count" : "21",
      "id_str" : "1958934650570658560",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958934650570658560",
      "created_at" : "Fri Aug 22 16:49:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: The City of Riverton has announced the schedule for the Juneteenth parade, which will take place at the Food Co-op. Our fi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1958903996156215342",
          "editControlInitial" : {
            "editTweetIds" : [
              "1958903996156215342",
              "1958909221659018301"
            ],
            "editableUntil" : "2025-08-22T15:48:02.016Z",
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
              "136",
              "145"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4eDNA80lCp",
            "expanded_url" : "https://www.rrta.example/schedules/august-5",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "41",
      "id_str" : "1958909221659018301",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958909221659018301",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 15:08:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/4eDNA80lCp #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958903996156215342",
            "1958909221659018301"
          ],
          "editableUntil" : "2025-08-22T15:48:02.016Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "136",
              "145"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ZoBWLTBqBJ",
            "expanded_url" : "https://www.rrta.example/schedules/august-5",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "5",
      "id_str" : "1958903996156215342",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1958903996156215342",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 14:48:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Reduced fare cards are half price for seniors, sutdents and riders with disabilities. Apply: https://t.co/ZoBWLTBqBJ #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958895111878072794"
          ],
          "editableUntil" : "2025-08-22T15:12:43.839Z",
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
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1958895111878072794",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1958895111878072794",
      "created_at" : "Fri Aug 22 14:12:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: The City of Riverton has announced the schedule for the Dragon Boat races, which will take place at Riverton Community Coll…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958507738751146895"
          ],
          "editableUntil" : "2025-08-21T13:33:26.889Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "100",
              "116"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "117",
              "125"
            ]
          }
        ],
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
        "127"
      ],
      "favorite_count" : "9",
      "id_str" : "1958507738751146895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958507738751146895",
      "created_at" : "Thu Aug 21 12:33:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Riverton is beautiful today. Perfect day for a walk along the river in Quarry Hill. #RivertonTransit #busstop 🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958277723973421220"
          ],
          "editableUntil" : "2025-08-20T22:19:27.092Z",
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
            "name" : "Mike Dad",
            "screen_name" : "mike_dad",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2297298918936861",
            "id" : "2297298918936861"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/IGGt72kBmK",
            "expanded_url" : "https://www.rrta.example/alerts/august-12-route-18",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1958264191551619327",
      "id_str" : "1958277723973421220",
      "in_reply_to_user_id" : "2297298918936861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958277723973421220",
      "in_reply_to_status_id" : "1958264191551619327",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 20 21:19:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_dad So sorry to hear about your morning. You can sign up for paratransit at https://t.co/IGGt72kBmK or call 555-0177.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_dad",
      "in_reply_to_user_id_str" : "2297298918936861"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958191192098511102"
          ],
          "editableUntil" : "2025-08-20T16:35:36.286Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nurselakeside16",
            "screen_name" : "nurselakeside16",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "14178681703711013",
            "id" : "14178681703711013"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1957939740939844618",
      "id_str" : "1958191192098511102",
      "in_reply_to_user_id" : "14178681703711013",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958191192098511102",
      "in_reply_to_status_id" : "1957939740939844618",
      "created_at" : "Wed Aug 20 15:35:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurselakeside16 Hey there! Ugh, sorry to hear that. The 7:50 am trip is our busiest. We've asked planning to add a bus. We're working on it together with operations. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurselakeside16",
      "in_reply_to_user_id_str" : "14178681703711013"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958003180350054244"
          ],
          "editableUntil" : "2025-08-20T04:08:30.792Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "69",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "6",
      "id_str" : "1958003180350054244",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1958003180350054244",
      "created_at" : "Wed Aug 20 03:08:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the 39. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957891413037930236"
          ],
          "editableUntil" : "2025-08-19T20:44:23.388Z",
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
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "1957891413037930236",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1957891413037930236",
      "created_at" : "Tue Aug 19 19:44:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 12 cannot get down Harbor Dr today (a parade), so it is using Oak Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957847885960768326"
          ],
          "editableUntil" : "2025-08-19T17:51:25.724Z",
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
        "123"
      ],
      "favorite_count" : "9",
      "id_str" : "1957847885960768326",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1957847885960768326",
      "created_at" : "Tue Aug 19 16:51:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Municipal offices will observe modified operating hours on Monday in connection with the Riverton Marathon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957545345703585505"
          ],
          "editableUntil" : "2025-08-18T21:49:14.506Z",
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
        "215"
      ],
      "favorite_count" : "23",
      "id_str" : "1957545345703585505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957545345703585505",
      "created_at" : "Mon Aug 18 20:49:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Oak Grove: more trips on Route 20 starting August 23. Follow this thread for updates on fare capping. I got the time wrong in my last post. Route 20 leaves Summit Ave &amp; Water St at 10:25. That's on me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957485756092414583"
          ],
          "editableUntil" : "2025-08-18T17:52:27.236Z",
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
            "name" : "Eastgate The Re",
            "screen_name" : "eastgate_the_re",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "60576119236439676",
            "id" : "60576119236439676"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1957465715238863376",
      "id_str" : "1957485756092414583",
      "in_reply_to_user_id" : "60576119236439676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957485756092414583",
      "in_reply_to_status_id" : "1957465715238863376",
      "created_at" : "Mon Aug 18 16:52:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgate_the_re Hi there! The last 7X leaves Eastgate Transit Center at 7:55 am on weekdays. We're testing a poetry contest on the bus cards soon, so your feedback really helps. 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgate_the_re",
      "in_reply_to_user_id_str" : "60576119236439676"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957461161908819910"
          ],
          "editableUntil" : "2025-08-18T16:14:43.525Z",
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
            "name" : "Grandpaprof6",
            "screen_name" : "grandpaprof6",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "20639470156885800",
            "id" : "20639470156885800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "1957223989828268266",
      "id_str" : "1957461161908819910",
      "in_reply_to_user_id" : "20639470156885800",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957461161908819910",
      "in_reply_to_status_id" : "1957223989828268266",
      "created_at" : "Mon Aug 18 15:14:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpaprof6 Buses run until about an hour after the Dragon Boat races ends. Have a great day! Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpaprof6",
      "in_reply_to_user_id_str" : "20639470156885800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957453360022842553"
          ],
          "editableUntil" : "2025-08-18T15:43:43.411Z",
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
            "name" : "Owlk89",
            "screen_name" : "owlk89",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2498109556929191",
            "id" : "2498109556929191"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1956795367056820720",
      "id_str" : "1957453360022842553",
      "in_reply_to_user_id" : "2498109556929191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957453360022842553",
      "in_reply_to_status_id" : "1956795367056820720",
      "created_at" : "Mon Aug 18 14:43:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlk89 Hi there! Sorry to hear that. Sorry you got left behind. We're adding trips to Route 37 this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlk89",
      "in_reply_to_user_id_str" : "2498109556929191"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957453339266715119"
          ],
          "editableUntil" : "2025-08-18T15:43:38.462Z",
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
            "name" : "Profoldmill1980",
            "screen_name" : "profoldmill1980",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "13373942204535034",
            "id" : "13373942204535034"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1957186948862924991",
      "id_str" : "1957453339266715119",
      "in_reply_to_user_id" : "13373942204535034",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1957453339266715119",
      "in_reply_to_status_id" : "1957186948862924991",
      "created_at" : "Mon Aug 18 14:43:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@profoldmill1980 Hi there! Buses run until about an hour after the art crawl ends!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profoldmill1980",
      "in_reply_to_user_id_str" : "13373942204535034"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957449491446187573"
          ],
          "editableUntil" : "2025-08-18T15:28:21.070Z",
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
            "name" : "Mscoffee2009",
            "screen_name" : "mscoffee2009",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "65434060011004730",
            "id" : "65434060011004730"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "9",
      "id_str" : "1957449491446187573",
      "in_reply_to_user_id" : "65434060011004730",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1957449491446187573",
      "created_at" : "Mon Aug 18 14:28:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@mscoffee2009 Hi there! Yes! Fare capping wokrs with phone pay too, on Route 6 and every other route. Appreciate you! Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mscoffee2009",
      "in_reply_to_user_id_str" : "65434060011004730"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957444202230640192"
          ],
          "editableUntil" : "2025-08-18T15:07:20.023Z",
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
            "name" : "The Realms",
            "screen_name" : "the_realms",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "17598545145496090",
            "id" : "17598545145496090"
          },
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "164",
              "180"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1956826517751284270",
      "id_str" : "1957444202230640192",
      "in_reply_to_user_id" : "17598545145496090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957444202230640192",
      "in_reply_to_status_id" : "1956826517751284270",
      "created_at" : "Mon Aug 18 14:07:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realms Hey there! Ugh, sorry to hear that. Lost and found is at Southport Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Thanks to @gregtanaka_rrta on our ops team for tracking this down. 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realms",
      "in_reply_to_user_id_str" : "17598545145496090"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956469478812905731"
          ],
          "editableUntil" : "2025-08-15T22:34:07.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "101",
              "115"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "116",
              "125"
            ]
          }
        ],
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
        "125"
      ],
      "favorite_count" : "46",
      "id_str" : "1956469478812905731",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1956469478812905731",
      "created_at" : "Fri Aug 15 21:34:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: The Riverfront concert series is this Friday at the Senior Center. Looks like fun. #accessibility #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956400621166708986"
          ],
          "editableUntil" : "2025-08-15T18:00:30.908Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "177",
              "192"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Xo6JvZWSNw",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "153",
              "176"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1956399472187648376",
      "id_str" : "1956400621166708986",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956400621166708986",
      "in_reply_to_status_id" : "1956399472187648376",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 15 17:00:30 +0000 2025",
      "favorited" : false,
      "full_text" : "In response to the flood warning, Riverton Regional Transit has activated inclement weather operational protocols across the network. What do you think? https://t.co/Xo6JvZWSNw #TransitTuesday 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956399472187648376"
          ],
          "editableUntil" : "2025-08-15T17:55:56.971Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1956398689062525277",
      "id_str" : "1956399472187648376",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956399472187648376",
      "in_reply_to_status_id" : "1956398689062525277",
      "created_at" : "Fri Aug 15 16:55:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 44,087 people at Harbor Point for the River Days festival. Riverton, you showed up! Buses get our residents to jobs, school and the doctor.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956398689062525277"
          ],
          "editableUntil" : "2025-08-15T17:52:50.259Z",
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
        "268"
      ],
      "favorite_count" : "3",
      "id_str" : "1956398689062525277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956398689062525277",
      "created_at" : "Fri Aug 15 16:52:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Mr. Leon on the 4 stopped to help a kid find his mom at Riverton Community College, then waved the whole bus goodbye. The electric bus rollout is moving. This week we picked the contractor. I apologize for the error in my earlier message regarding the 4! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956390488971743248"
          ],
          "editableUntil" : "2025-08-15T17:20:15.205Z",
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
        "165"
      ],
      "favorite_count" : "12",
      "id_str" : "1956390488971743248",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1956390488971743248",
      "created_at" : "Fri Aug 15 16:20:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a wallet on bus 2133? It's waiting for you at Central Station. I got the time wrong in my last post. The 27 leaves Memorial Park at 5:50. That's on me!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956101172470389678"
          ],
          "editableUntil" : "2025-08-14T22:10:36.776Z",
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
      "favorite_count" : "5",
      "id_str" : "1956101172470389678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1956101172470389678",
      "created_at" : "Thu Aug 14 21:10:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Story time: Ms. Carla on the Green Line stopped to help a kid find his mom at City Hall, then waved the whole bus good…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956015542973185697"
          ],
          "editableUntil" : "2025-08-14T16:30:21.113Z",
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
            "name" : "Elena Petrova",
            "screen_name" : "epetrova",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "7148833842569797632",
            "id" : "7148833842569797632"
          },
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "93",
              "105"
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
      "id_str" : "1956015542973185697",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956015542973185697",
      "created_at" : "Thu Aug 14 15:30:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Service update: More people are riding: 224 trips on Thursday alone. Teamwork: @oliviarides and our ops crew sorted out the 3…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955964319498044799"
          ],
          "editableUntil" : "2025-08-14T13:06:48.485Z",
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
              "69",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1955964319498044799",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1955964319498044799",
      "created_at" : "Thu Aug 14 12:06:48 +0000 2025",
      "favorited" : false,
      "full_text" : "The Lantern Walk is this Tuesday at the fairgrounds. Looks like fun. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955730867301594527"
          ],
          "editableUntil" : "2025-08-13T21:39:09.144Z",
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
          },
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "107",
              "120"
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
      "favorite_count" : "11",
      "id_str" : "1955730867301594527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955730867301594527",
      "created_at" : "Wed Aug 13 20:39:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Riverton is beautiful today. Perfect day for a walk along the river in Parkside. Teamwork: @lena_fischer and our ops crew s…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955632674461095501"
          ],
          "editableUntil" : "2025-08-13T15:08:58.146Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jessthe Real98",
            "screen_name" : "jessthe_real98",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "69774529822327211",
            "id" : "69774529822327211"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1955435836458628246",
      "id_str" : "1955632674461095501",
      "in_reply_to_user_id" : "69774529822327211",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955632674461095501",
      "in_reply_to_status_id" : "1955435836458628246",
      "created_at" : "Wed Aug 13 14:08:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessthe_real98 Hi there! Thank you for sharing this! We'll pass it along to the Route 38 driver. Follow us for live updates on Route 38. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessthe_real98",
      "in_reply_to_user_id_str" : "69774529822327211"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955297938859133362"
          ],
          "editableUntil" : "2025-08-12T16:58:50.960Z",
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
              "207",
              "215"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "133",
              "149"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VtMWmRCCCv",
            "expanded_url" : "https://x.com/RivCountyHealth/status/1955201654874065141",
            "display_url" : "x.com/RivCountyHealth/sta…",
            "indices" : [
              "216",
              "239"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "6",
      "id_str" : "1955297938859133362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955297938859133362",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 12 15:58:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 17 riders: Saw 17,717 people at the Job Center for the summer block party. Riverton, you showed up! Shout-out to @mayaokafor_rrta, who made the new Route 17 map. Anyone else seeing this? #transit https://t.co/VtMWmRCCCv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955250098291879474"
          ],
          "editableUntil" : "2025-08-12T13:48:44.879Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "133",
              "141"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "142",
              "150"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "10",
      "id_str" : "1955250098291879474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955250098291879474",
      "created_at" : "Tue Aug 12 12:48:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Saw 32,193 people at Eastgate Transit Center for the Lantern Walk. Riverton, you showed up! You all are the best. #busstop #transit ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955070591229857147"
          ],
          "editableUntil" : "2025-08-12T01:55:27.061Z",
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
      "id_str" : "1955070591229857147",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1955070591229857147",
      "created_at" : "Tue Aug 12 00:55:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Reminder: Such a golden day along 5th St. Stakeholder consultation sessions regarding the new trip planner will be facilitat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954910589996367948"
          ],
          "editableUntil" : "2025-08-11T15:19:39.794Z",
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
            "name" : "The Real Dad75",
            "screen_name" : "the_real_dad75",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "47164817330194509",
            "id" : "47164817330194509"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1954539251054768727",
      "id_str" : "1954910589996367948",
      "in_reply_to_user_id" : "47164817330194509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954910589996367948",
      "in_reply_to_status_id" : "1954539251054768727",
      "created_at" : "Mon Aug 11 14:19:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_dad75 Hi there! So sorry to hear about your morning. The bench at University Ave &amp; Maple St is coming back next week, promise. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_dad75",
      "in_reply_to_user_id_str" : "47164817330194509"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954908627461626955"
          ],
          "editableUntil" : "2025-08-11T15:11:51.889Z",
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
            "name" : "K Oldmill",
            "screen_name" : "k_oldmill",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "63625699883391040",
            "id" : "63625699883391040"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1954899730584357958",
      "id_str" : "1954908627461626955",
      "in_reply_to_user_id" : "63625699883391040",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954908627461626955",
      "in_reply_to_status_id" : "1954899730584357958",
      "created_at" : "Mon Aug 11 14:11:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@k_oldmill Hi there! We're sorry for the trouble. Check with lost and found at University Station. If your headphones turns up, they'll hold it for 30 days. Hope that helps! 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "k_oldmill",
      "in_reply_to_user_id_str" : "63625699883391040"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953918392705597416"
          ],
          "editableUntil" : "2025-08-08T21:37:01.526Z",
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
              "157",
              "173"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "9",
      "id_str" : "1953918392705597416",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953918392705597416",
      "created_at" : "Fri Aug 08 20:37:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Sky over the county courthouse: whimsical. Found on the 3: a blue umbrella. Claim it at Harbor Point Station lost and found. Have a great weekend, everyone! #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953828501307914281"
          ],
          "editableUntil" : "2025-08-08T15:39:49.746Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "3",
      "id_str" : "1953828501307914281",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953828501307914281",
      "created_at" : "Fri Aug 08 14:39:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a gym bag on bus 1716? It's waiting for you at Northside Transfer Center. Correction: the 41 deotur starts Friday, not Thursday. Sorry, my mistake! 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953826059288057957"
          ],
          "editableUntil" : "2025-08-08T15:30:07.524Z",
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
        "76"
      ],
      "favorite_count" : "13",
      "id_str" : "1953826059288057957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953826059288057957",
      "created_at" : "Fri Aug 08 14:30:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the 61 carried 61 rides last week, up 23% from last year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953810799619115406"
          ],
          "editableUntil" : "2025-08-08T14:29:29.335Z",
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
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "16",
              "32"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Bqhs4A5YiZ",
            "expanded_url" : "https://x.com/aishabello/status/1953666013509703180",
            "display_url" : "x.com/aishabello/status/1…",
            "indices" : [
              "161",
              "184"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "4",
      "id_str" : "1953810799619115406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953810799619115406",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 08 13:29:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonChamber. Stay safe in the heat wave. Warming buses are parked at University Station and Northside Mall. Have a great weekend, everyone! https://t.co/Bqhs4A5YiZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953803300716593263"
          ],
          "editableUntil" : "2025-08-08T13:59:41.457Z",
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
        "104"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1953799125808466328",
      "id_str" : "1953803300716593263",
      "in_reply_to_user_id" : "18083065193129927",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1953803300716593263",
      "in_reply_to_status_id" : "1953799125808466328",
      "created_at" : "Fri Aug 08 12:59:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@kthe_real Hello! Sorry about the double charge on Route 13. DM us your card number and we'll refund it.",
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
            "1953519986562171396"
          ],
          "editableUntil" : "2025-08-07T19:13:54.099Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "133",
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
        "149"
      ],
      "favorite_count" : "40",
      "in_reply_to_status_id_str" : "1953518748712570652",
      "id_str" : "1953519986562171396",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953519986562171396",
      "in_reply_to_status_id" : "1953518748712570652",
      "created_at" : "Thu Aug 07 18:13:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on Summit Ave means the 26 uses Quarry Rd for now. Add about 12 minutes. Please share with your neighbors who ride the 26! #accessibility 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953518748712570652"
          ],
          "editableUntil" : "2025-08-07T19:08:58.973Z",
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
        "107"
      ],
      "favorite_count" : "7",
      "id_str" : "1953518748712570652",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953518748712570652",
      "created_at" : "Thu Aug 07 18:08:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Bluffton. Anyone else seeing this? 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953427619219506818"
          ],
          "editableUntil" : "2025-08-07T13:06:52.009Z",
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
      "favorite_count" : "14",
      "id_str" : "1953427619219506818",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953427619219506818",
      "created_at" : "Thu Aug 07 12:06:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Old Mill is sunlit this evening. The student pass program initiative has achieved key milestones in alignment with stakeho…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953267781788497266"
          ],
          "editableUntil" : "2025-08-07T02:31:43.795Z",
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
        "191"
      ],
      "favorite_count" : "20",
      "id_str" : "1953267781788497266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953267781788497266",
      "created_at" : "Thu Aug 07 01:31:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Mr. Stan has driven the 23 for 4 years and still knows every regular by name. Great question! I do not know offhand, but our customer experience team does. Checking now. You all are the best!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953199006494925626"
          ],
          "editableUntil" : "2025-08-06T21:58:26.488Z",
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
            "url" : "https://t.co/JoUMW6HB8A",
            "expanded_url" : "https://x.com/mhill/status/1953051692364763156",
            "display_url" : "x.com/mhill/status/195305…",
            "indices" : [
              "189",
              "212"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "0",
      "id_str" : "1953199006494925626",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953199006494925626",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 06 20:58:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Saw 2,846 people at West High School for the Bike to Work Day breakfast. Riverton, you showed up! Great question! I do not know offhand, but our data team does. Checking now! https://t.co/JoUMW6HB8A",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953195329631809599"
          ],
          "editableUntil" : "2025-08-06T21:43:49.855Z",
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
              "240",
              "251"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "273"
      ],
      "favorite_count" : "0",
      "id_str" : "1953195329631809599",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1953195329631809599",
      "created_at" : "Wed Aug 06 20:43:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Story time: Ms. Pat on the 88 stopped to help a kid find his mom at the Job Center, then waved the whole bus goodbye. A crash on the bridge is slowing down the 88 and Route 19. Give yourself an extra 12 minutes. Kudos to @RivertonCC for the great photos!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953183228641058895"
          ],
          "editableUntil" : "2025-08-06T20:55:44.754Z",
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
      "favorite_count" : "11",
      "id_str" : "1953183228641058895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953183228641058895",
      "created_at" : "Wed Aug 06 19:55:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Service update: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capaci…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953163195913946503"
          ],
          "editableUntil" : "2025-08-06T19:36:08.580Z",
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
      "favorite_count" : "1",
      "id_str" : "1953163195913946503",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953163195913946503",
      "created_at" : "Wed Aug 06 18:36:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service locat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953153842469977771"
          ],
          "editableUntil" : "2025-08-06T18:58:58.545Z",
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
            "name" : "Riverbendbusrid",
            "screen_name" : "riverbendbusrid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "20408578665766767",
            "id" : "20408578665766767"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1953149330778318474",
      "id_str" : "1953153842469977771",
      "in_reply_to_user_id" : "20408578665766767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953153842469977771",
      "in_reply_to_status_id" : "1953149330778318474",
      "created_at" : "Wed Aug 06 17:58:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendbusrid Hi there! Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Our team is on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendbusrid",
      "in_reply_to_user_id_str" : "20408578665766767"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953136373668986197"
          ],
          "editableUntil" : "2025-08-06T17:49:33.658Z",
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
      "favorite_count" : "8",
      "id_str" : "1953136373668986197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953136373668986197",
      "created_at" : "Wed Aug 06 16:49:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952793417817422447"
          ],
          "editableUntil" : "2025-08-05T19:06:46.611Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "88",
              "96"
            ]
          }
        ],
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
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "1952793417817422447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952793417817422447",
      "created_at" : "Tue Aug 05 18:06:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Nothing beats the view of the river from the ballpark on a clear morning. #busstop ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952782713851695778"
          ],
          "editableUntil" : "2025-08-05T18:24:14.587Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Fa",
            "indices" : [
              "136",
              "139"
            ]
          }
        ],
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
      "favorite_count" : "6",
      "id_str" : "1952782713851695778",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952782713851695778",
      "created_at" : "Tue Aug 05 17:24:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Quick look at the electric bus rollout: the first 14,177 signs are installed. More soon. Appreciate every one of you. #Fa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952748434326412849"
          ],
          "editableUntil" : "2025-08-05T16:08:01.711Z",
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
      "favorite_count" : "3",
      "id_str" : "1952748434326412849",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952748434326412849",
      "created_at" : "Tue Aug 05 15:08:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Service update: Supplemental service deployment will support anticipated demand associated with the county fair, with enhan…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952728345831714195"
          ],
          "editableUntil" : "2025-08-05T14:48:12.241Z",
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
            "name" : "Riverbendmom198",
            "screen_name" : "riverbendmom198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "19326583391410437",
            "id" : "19326583391410437"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1952725750738325290",
      "id_str" : "1952728345831714195",
      "in_reply_to_user_id" : "19326583391410437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952728345831714195",
      "in_reply_to_status_id" : "1952725750738325290",
      "created_at" : "Tue Aug 05 13:48:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendmom198 Hello! We apologize for the inconvenience. Thanks, Memorial Park is closed for work. We've asked the trip planner folks to fix it. Have a great day! Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendmom198",
      "in_reply_to_user_id_str" : "19326583391410437"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952542667573965447"
          ],
          "editableUntil" : "2025-08-05T02:30:23.095Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "13",
      "id_str" : "1952542667573965447",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952542667573965447",
      "created_at" : "Tue Aug 05 01:30:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: The 7X is currently experiencing schedule adherence degradation of approximately 15 minutes attributable to temporary…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952376719027380046"
          ],
          "editableUntil" : "2025-08-04T15:30:57.878Z",
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
        "urls" : [
          {
            "url" : "https://t.co/8bDu291H7B",
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
        "140"
      ],
      "favorite_count" : "30",
      "id_str" : "1952376719027380046",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952376719027380046",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 04 14:30:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/8bDu291H7B B…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952202019837201674"
          ],
          "editableUntil" : "2025-08-04T03:56:46.345Z",
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
              "227",
              "236"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "117",
              "124"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "236"
      ],
      "favorite_count" : "2",
      "id_str" : "1952202019837201674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952202019837201674",
      "created_at" : "Mon Aug 04 02:56:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Municipal offices will observe modified operating hours on Monday in connection with the food truck rally. Teamwork: @praman and our ops crew sorted out the Route 34 detour in an hour. Proud to serve Riverton riders every day. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951610212489039053"
          ],
          "editableUntil" : "2025-08-02T12:45:08.478Z",
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
              "75",
              "87"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "88",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1951610212489039053",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1951610212489039053",
      "created_at" : "Sat Aug 02 11:45:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 25 people at the Food Co-op for the air show. Riverton, you showed up! #DetourAlert #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951410185738446856"
          ],
          "editableUntil" : "2025-08-01T23:30:18.385Z",
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
            "url" : "https://t.co/pKDyTKkLNj",
            "expanded_url" : "https://www.rrta.example/projects/winter-service-plan",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "5",
      "id_str" : "1951410185738446856",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1951410185738446856",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 01 22:30:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the winter service plan: the app beta has 15,195 testers. More soon. You all are the best. https://t.co/pKDyTKkLNj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951386543755989499"
          ],
          "editableUntil" : "2025-08-01T21:56:21.697Z",
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
      "favorite_count" : "1",
      "id_str" : "1951386543755989499",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951386543755989499",
      "created_at" : "Fri Aug 01 20:56:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Our maintenance workforce maintained fleet availability of 7,172 vehicles throughout the snow, reflecting operational exc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950929495178103091"
          ],
          "editableUntil" : "2025-07-31T15:40:12.824Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/EWWM43WH2z",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1950652862350885422",
            "display_url" : "x.com/RiverHawksFC/status…",
            "indices" : [
              "190",
              "213"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "0",
      "id_str" : "1950929495178103091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950929495178103091",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 31 14:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Open house about the new trip planner on Monday, 10:40 am at the Amtrak station. Kids welcome. Great question! I don't know offhand, but our fares team does. Checking now. https://t.co/EWWM43WH2z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950674539712583670"
          ],
          "editableUntil" : "2025-07-30T22:47:06.704Z",
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
              "207",
              "223"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "224",
              "233"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "4",
      "id_str" : "1950674539712583670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950674539712583670",
      "created_at" : "Wed Jul 30 21:47:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the fairgrounds on a clear morning. We couldn't do this without our operators and mechanics. You all asked, so here's a thread on the microtransit zone in Southport. #RivertonTransit #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1950592276181390103",
          "editControlInitial" : {
            "editTweetIds" : [
              "1950592276181390103",
              "1950597938371059428"
            ],
            "editableUntil" : "2025-07-30T17:20:13.550Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1950597938371059428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950597938371059428",
      "created_at" : "Wed Jul 30 16:42:43 +0000 2025",
      "favorited" : false,
      "full_text" : "The 16 carried 23,592 rides last week, up 34% from last year. Proud to serve Riverton riders every day. Stay cool out there! 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950592276181390103",
            "1950597938371059428"
          ],
          "editableUntil" : "2025-07-30T17:20:13.550Z",
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
        "126"
      ],
      "favorite_count" : "28",
      "id_str" : "1950592276181390103",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1950592276181390103",
      "created_at" : "Wed Jul 30 16:20:13 +0000 2025",
      "favorited" : false,
      "full_text" : "The 16 craried 23,592 rides last week, up 34% from last year. Proud to serve Riverton riders every day. Stay cool out there! 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950585098116596994"
          ],
          "editableUntil" : "2025-07-30T16:51:42.166Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "5",
      "id_str" : "1950585098116596994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950585098116596994",
      "created_at" : "Wed Jul 30 15:51:42 +0000 2025",
      "favorited" : false,
      "full_text" : "A big crowd after the game is slowing down Route 36 and Route 31. Give yourself an extra 25 minutes. 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950553132611728327"
          ],
          "editableUntil" : "2025-07-30T14:44:40.996Z",
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
      "favorite_count" : "11",
      "id_str" : "1950553132611728327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950553132611728327",
      "created_at" : "Wed Jul 30 13:44:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Personal property items recovered from revenue vehicles may be retrieved at the Northside Transfer Center customer ser…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950528726047652656"
          ],
          "editableUntil" : "2025-07-30T13:07:42.018Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dadharbor1988",
            "screen_name" : "dadharbor1988",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "66280381041591578",
            "id" : "66280381041591578"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "1950520605388070879",
      "id_str" : "1950528726047652656",
      "in_reply_to_user_id" : "66280381041591578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950528726047652656",
      "in_reply_to_status_id" : "1950520605388070879",
      "created_at" : "Wed Jul 30 12:07:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadharbor1988 Hi there! Thanks for telling us. Comments about Eastgate go straight to our planners. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadharbor1988",
      "in_reply_to_user_id_str" : "66280381041591578"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950292008046397589"
          ],
          "editableUntil" : "2025-07-29T21:27:04.048Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/lloZZwiM7z",
            "expanded_url" : "https://www.rrta.example/alerts/july-26-route-50",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "6",
      "id_str" : "1950292008046397589",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1950292008046397589",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 29 20:27:04 +0000 2025",
      "favorited" : false,
      "full_text" : "The new Crosstown Connector timetable is out. Pick one up on the bus or see https://t.co/lloZZwiM7z Every route we run connects our community. Fun fact: our oldest bus is older than two of our interns!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1949942009352968154",
          "editControlInitial" : {
            "editTweetIds" : [
              "1949942009352968154",
              "1949944318669662818"
            ],
            "editableUntil" : "2025-07-28T22:16:17.857Z",
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
            "text" : "busstop",
            "indices" : [
              "150",
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
        "161"
      ],
      "favorite_count" : "0",
      "id_str" : "1949944318669662818",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1949944318669662818",
      "created_at" : "Mon Jul 28 21:25:28 +0000 2025",
      "favorited" : false,
      "full_text" : "What a bustling morning in Fairview. Thank a bus driver today. Hiroshi on the 22 just hit 24 years with zero crashes. Have a great weekend, everyone! #busstop 🙏👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949942009352968154",
            "1949944318669662818"
          ],
          "editableUntil" : "2025-07-28T22:16:17.857Z",
          "editsRemaining" : "4",
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
              "150",
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
        "161"
      ],
      "favorite_count" : "1",
      "id_str" : "1949942009352968154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949942009352968154",
      "created_at" : "Mon Jul 28 21:16:17 +0000 2025",
      "favorited" : false,
      "full_text" : "What a bustling morning in Fairview. Thank a bus driver today. Hiroshi on the 22 just hit 24 years with zero crashes. Have a gerat weekend, everyone! #busstop 🙏👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949901340613696443"
          ],
          "editableUntil" : "2025-07-28T19:34:41.674Z",
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
      "favorite_count" : "7",
      "id_str" : "1949901340613696443",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1949901340613696443",
      "created_at" : "Mon Jul 28 18:34:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 89 people at St. Luke's Clinic for Family Day at the zoo. Riverton, you showed up! Appreciate every one of you. 👍🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949895289737495458"
          ],
          "editableUntil" : "2025-07-28T19:10:39.033Z",
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
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "119",
              "135"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2sz0xSkiPN",
            "expanded_url" : "https://x.com/RivBikes/status/1949249367721241138",
            "display_url" : "x.com/RivBikes/status/194…",
            "indices" : [
              "190",
              "213"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "8",
      "id_str" : "1949895289737495458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949895289737495458",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 28 18:10:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Stay safe in the fog. Warming buses are parked at University Station and the ballpark. Great work by @RivCountyHealth on the St. Patrick's parade. Go check out their post! https://t.co/2sz0xSkiPN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949871806081990852"
          ],
          "editableUntil" : "2025-07-28T17:37:20.093Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "150",
              "159"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "160",
              "168"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "10",
      "id_str" : "1949871806081990852",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1949871806081990852",
      "created_at" : "Mon Jul 28 16:37:20 +0000 2025",
      "favorited" : false,
      "full_text" : "The transit signal priority project is moving. This week the first buses arrive in September. Buses get our residents to jobs, school and the doctor. #RideRRTA #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949861960885483216"
          ],
          "editableUntil" : "2025-07-28T16:58:12.815Z",
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
            "name" : "Kat Nurse28",
            "screen_name" : "kat_nurse28",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3098233405915421",
            "id" : "3098233405915421"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1948855919353601245",
      "id_str" : "1949861960885483216",
      "in_reply_to_user_id" : "3098233405915421",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1949861960885483216",
      "in_reply_to_status_id" : "1948855919353601245",
      "created_at" : "Mon Jul 28 15:58:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@kat_nurse28 Thanks for reaching out. Sorry to hear that. Check with lost and found at Eastgate Transit Center. If your glasses turns up, they'll hold it for 30 days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kat_nurse28",
      "in_reply_to_user_id_str" : "3098233405915421"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949433096523727741"
          ],
          "editableUntil" : "2025-07-27T12:34:03.583Z",
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
      "favorite_count" : "2",
      "id_str" : "1949433096523727741",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1949433096523727741",
      "created_at" : "Sun Jul 27 11:34:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Accessibility enhancements at the Hawthorne Rd &amp; Willow Rd boarding location have been completed in accordance with ap…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948769613007091908"
          ],
          "editableUntil" : "2025-07-25T16:37:36.786Z",
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
              "93",
              "109"
            ]
          }
        ],
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
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "1948769613007091908",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948769613007091908",
      "created_at" : "Fri Jul 25 15:37:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Quick look at the Better Stops program: we picked the contractor. More soon. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948762029360130525"
          ],
          "editableUntil" : "2025-07-25T16:07:28.704Z",
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
            "name" : "Prof Z1986",
            "screen_name" : "prof_z1986",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "14145111378571394",
            "id" : "14145111378571394"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1948515035411341901",
      "id_str" : "1948762029360130525",
      "in_reply_to_user_id" : "14145111378571394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948762029360130525",
      "in_reply_to_status_id" : "1948515035411341901",
      "created_at" : "Fri Jul 25 15:07:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@prof_z1986 We're sorry for the trouble. Route 25 had heavy traffic and is catching up now. Next bus is 10 minutes out. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_z1986",
      "in_reply_to_user_id_str" : "14145111378571394"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948758732245714792"
          ],
          "editableUntil" : "2025-07-25T15:54:22.610Z",
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
            "name" : "Riverbendcoffee",
            "screen_name" : "riverbendcoffee",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59118404694543056",
            "id" : "59118404694543056"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1948613550846986357",
      "id_str" : "1948758732245714792",
      "in_reply_to_user_id" : "59118404694543056",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1948758732245714792",
      "in_reply_to_status_id" : "1948613550846986357",
      "created_at" : "Fri Jul 25 14:54:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendcoffee Hey there! We know the 27 arrivals have been off. A fix is giong in this week. Have a great day! Safe travels! 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendcoffee",
      "in_reply_to_user_id_str" : "59118404694543056"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948740090590652804"
          ],
          "editableUntil" : "2025-07-25T14:40:18.093Z",
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
        "225"
      ],
      "favorite_count" : "3",
      "id_str" : "1948740090590652804",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948740090590652804",
      "created_at" : "Fri Jul 25 13:40:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Open house about the reduced fare program on Thursday, 3:45 pm at Eastgate Transit Center. Kids welcome. Our first try at bike share passes with monthly cards did not work. Lesson learned, round two starts Thursday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948516444200901548"
          ],
          "editableUntil" : "2025-07-24T23:51:36.639Z",
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
      "favorite_count" : "7",
      "id_str" : "1948516444200901548",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948516444200901548",
      "created_at" : "Thu Jul 24 22:51:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Please be advised: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948514482397204268"
          ],
          "editableUntil" : "2025-07-24T23:43:48.908Z",
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
      "favorite_count" : "43",
      "id_str" : "1948514482397204268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948514482397204268",
      "created_at" : "Thu Jul 24 22:43:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: The City of Riverton has announced the schedule for the Riverfront concert series, which will take place at St. Luke's Cli…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948474457796242066"
          ],
          "editableUntil" : "2025-07-24T21:04:46.300Z",
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
        "223"
      ],
      "favorite_count" : "9",
      "id_str" : "1948474457796242066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948474457796242066",
      "created_at" : "Thu Jul 24 20:04:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Buses on Route 13 are about 15 min behind right now (heavy traffic). Thanks for your patience. Our riders deserve reliable service. I stand corrected: a rider pointed out the Senior Center stop moved to Maple St. Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948447083746593014"
          ],
          "editableUntil" : "2025-07-24T19:15:59.818Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "4",
      "id_str" : "1948447083746593014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948447083746593014",
      "created_at" : "Thu Jul 24 18:15:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Tiny victory of the day: the Job Center shelter finally has its bench back. Nothing beats the view of the river from Central Station on a clear morning. Saw 2,006 people at Central Station for the Memorial Day ceremony. Riverton, you showed up! 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948364039965971598"
          ],
          "editableUntil" : "2025-07-24T13:46:00.638Z",
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
            "name" : "Samkat1974",
            "screen_name" : "samkat1974",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "27389866728735283",
            "id" : "27389866728735283"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/x6ZZRkaU6r",
            "expanded_url" : "https://www.rrta.example/survey/bluffton",
            "display_url" : "www.rrta.example/survey/b…",
            "indices" : [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1948358921760166710",
      "id_str" : "1948364039965971598",
      "in_reply_to_user_id" : "27389866728735283",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1948364039965971598",
      "in_reply_to_status_id" : "1948358921760166710",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 24 12:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@samkat1974 Hi there! You can sign up for paratransit at https://t.co/x6ZZRkaU6r or call 555-0177. We're working on it together with operations. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samkat1974",
      "in_reply_to_user_id_str" : "27389866728735283"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948219626522468761"
          ],
          "editableUntil" : "2025-07-24T04:12:09.790Z",
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
        "149"
      ],
      "favorite_count" : "23",
      "id_str" : "1948219626522468761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948219626522468761",
      "created_at" : "Thu Jul 24 03:12:09 +0000 2025",
      "favorited" : false,
      "full_text" : "The Route 9 redesign is moving. This week the council approved the funding. This is why transit matters: a nurse on the 18 gets to her shift on time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948069600644807355"
          ],
          "editableUntil" : "2025-07-23T18:16:00.833Z",
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
      "favorite_count" : "4",
      "id_str" : "1948069600644807355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948069600644807355",
      "created_at" : "Wed Jul 23 17:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Effective July 30, the service change implementation will optimize headways on the 13 to enhance network-level connectivit…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948023462025557857"
          ],
          "editableUntil" : "2025-07-23T15:12:40.529Z",
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
              "155",
              "164"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "165",
              "174"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "90",
              "102"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YfAFLBwunT",
            "expanded_url" : "https://www.rrta.example/survey/sycamore-flats",
            "display_url" : "www.rrta.example/survey/s…",
            "indices" : [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "7",
      "id_str" : "1948023462025557857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948023462025557857",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 23 14:12:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the transit signal priority project: the council approved the funding. Kudos to @RivDowntown for hosting the open house. https://t.co/YfAFLBwunT #Riverton #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948003893969895337"
          ],
          "editableUntil" : "2025-07-23T13:54:55.141Z",
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
            "name" : "The Realsam",
            "screen_name" : "the_realsam",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "44895184639304714",
            "id" : "44895184639304714"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1947997130057844168",
      "id_str" : "1948003893969895337",
      "in_reply_to_user_id" : "44895184639304714",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948003893969895337",
      "in_reply_to_status_id" : "1947997130057844168",
      "created_at" : "Wed Jul 23 12:54:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realsam Hi! Sorry to hear that. Lost and found is at Harbor Point Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. We're testing a karaoke bus for the summer block party soon, so your feedback really helps. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realsam",
      "in_reply_to_user_id_str" : "44895184639304714"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947813738645419639"
          ],
          "editableUntil" : "2025-07-23T01:19:18.579Z",
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
            "name" : "Transitnerdskat",
            "screen_name" : "transitnerdskat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "4548763556314790",
            "id" : "4548763556314790"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1947810953563998154",
      "id_str" : "1947813738645419639",
      "in_reply_to_user_id" : "4548763556314790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947813738645419639",
      "in_reply_to_status_id" : "1947810953563998154",
      "created_at" : "Wed Jul 23 00:19:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdskat Hi! Yes, students ride free all summer with a school ID, the 40 included. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdskat",
      "in_reply_to_user_id_str" : "4548763556314790"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947806573394175963"
          ],
          "editableUntil" : "2025-07-23T00:50:50.250Z",
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
              "148",
              "156"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "157",
              "167"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "86",
              "99"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "5",
      "id_str" : "1947806573394175963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947806573394175963",
      "created_at" : "Tue Jul 22 23:50:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Mr. Stan, who keeps the 88 running through Kingsley every morning. Great work by @RiverHawksFC on the Harvest Market. Go check out their post! #transit #RiverDays 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947776340021895486"
          ],
          "editableUntil" : "2025-07-22T22:50:42.052Z",
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
            "name" : "Harbormom",
            "screen_name" : "harbormom",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "11628836837965320",
            "id" : "11628836837965320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1947774767780066798",
      "id_str" : "1947776340021895486",
      "in_reply_to_user_id" : "11628836837965320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947776340021895486",
      "in_reply_to_status_id" : "1947774767780066798",
      "created_at" : "Tue Jul 22 21:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbormom Thanks for reaching out. The bench at Grand Ave &amp; Summit Ave is coming back next week, promise. We are testing a text line for Route 9 soon, so your feedback really helps. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbormom",
      "in_reply_to_user_id_str" : "11628836837965320"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947736887991253593"
          ],
          "editableUntil" : "2025-07-22T20:13:55.955Z",
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
      "favorite_count" : "9",
      "id_str" : "1947736887991253593",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947736887991253593",
      "created_at" : "Tue Jul 22 19:13:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Municipal offices will observe modified operating hours on Wednesday in connection with the Lantern Walk. Saw 16,717 peop…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947410536296447471"
          ],
          "editableUntil" : "2025-07-21T22:37:07.648Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "191",
              "200"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "12",
      "id_str" : "1947410536296447471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947410536296447471",
      "created_at" : "Mon Jul 21 21:37:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Linden Park. Any changes to the 2 will only be considered after a full evaluation. Our riders deserve reliable service. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947386782754102259"
          ],
          "editableUntil" : "2025-07-21T21:02:44.362Z",
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
      "favorite_count" : "2",
      "id_str" : "1947386782754102259",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1947386782754102259",
      "created_at" : "Mon Jul 21 20:02:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Supplemental service deployment will support anticipated demand associated with the River Hawks home opener, with enha…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947363112436459688"
          ],
          "editableUntil" : "2025-07-21T19:28:40.918Z",
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
              "90",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1947363112436459688",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1947363112436459688",
      "created_at" : "Mon Jul 21 18:28:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you levae a lunch box on bus 1466? It's waiting for you at Northside Transfer Center. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947305365336746674"
          ],
          "editableUntil" : "2025-07-21T15:39:12.937Z",
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
            "name" : "Eastgateriverto",
            "screen_name" : "eastgateriverto",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "67359430347934266",
            "id" : "67359430347934266"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1946570550614078817",
      "id_str" : "1947305365336746674",
      "in_reply_to_user_id" : "67359430347934266",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1947305365336746674",
      "in_reply_to_status_id" : "1946570550614078817",
      "created_at" : "Mon Jul 21 14:39:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgateriverto Hi there! So sorry to hear about your morning. The bench at Lakeside Plaza is coming back next week, promise.",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgateriverto",
      "in_reply_to_user_id_str" : "67359430347934266"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947262024163340918"
          ],
          "editableUntil" : "2025-07-21T12:46:59.596Z",
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
        "85"
      ],
      "favorite_count" : "11",
      "id_str" : "1947262024163340918",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947262024163340918",
      "created_at" : "Mon Jul 21 11:46:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 42 people at Memorial Park for Family Day at the zoo. Riverton, you showed up! ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946627772660417354"
          ],
          "editableUntil" : "2025-07-19T18:46:42.254Z",
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
            "name" : "Skaterz87",
            "screen_name" : "skaterz87",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "28368081924179827",
            "id" : "28368081924179827"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1946621184207414052",
      "id_str" : "1946627772660417354",
      "in_reply_to_user_id" : "28368081924179827",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946627772660417354",
      "in_reply_to_status_id" : "1946621184207414052",
      "created_at" : "Sat Jul 19 17:46:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterz87 Hi there! Sorry to hear that. Check with lost and found at Harbor Point Station. If your lunch box turns up, they'll hold it for 30 days. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterz87",
      "in_reply_to_user_id_str" : "28368081924179827"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946568420831890683"
          ],
          "editableUntil" : "2025-07-19T14:50:51.675Z",
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
              "97",
              "106"
            ]
          }
        ],
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
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1946568420831890683",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946568420831890683",
      "created_at" : "Sat Jul 19 13:50:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Nothing beats the view of the river from St. Luke's Clinic on a clear morning. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946352707480482028"
          ],
          "editableUntil" : "2025-07-19T00:33:41.604Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/Pdy4mrUSVw",
            "expanded_url" : "https://x.com/aishabello/status/1946256046154160643",
            "display_url" : "x.com/aishabello/status/1…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "8",
      "id_str" : "1946352707480482028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946352707480482028",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 18 23:33:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: You can now pay with your phone on every bus, the 50 too. Tap the reader by the driver. #busstop https://t.co/Pdy4mrUSVw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945883851371011365"
          ],
          "editableUntil" : "2025-07-17T17:30:37.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "8",
      "id_str" : "1945883851371011365",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945883851371011365",
      "created_at" : "Thu Jul 17 16:30:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: A rider told me she has taken the 23 to the same job for 26 years and never once missed a shift. The ramp on bus 1598 is fixed and back in service on the 23.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945863524500721154"
          ],
          "editableUntil" : "2025-07-17T16:09:51.294Z",
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
      "favorite_count" : "17",
      "id_str" : "1945863524500721154",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945863524500721154",
      "created_at" : "Thu Jul 17 15:09:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Story time: Hiroshi on Route 30 stopped to help a kid find his mom at Memorial Park, then waved the whole bus goodbye. Saw…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945846064518056097"
          ],
          "editableUntil" : "2025-07-17T15:00:28.509Z",
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
            "name" : "Busrider Night1",
            "screen_name" : "busrider_night1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "57281035069263149",
            "id" : "57281035069263149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1945829821261083892",
      "id_str" : "1945846064518056097",
      "in_reply_to_user_id" : "57281035069263149",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945846064518056097",
      "in_reply_to_status_id" : "1945829821261083892",
      "created_at" : "Thu Jul 17 14:00:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_night1 Hi there! The last 35 leaves Central Station at 11:25 am on weekdays. Our team is on it. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_night1",
      "in_reply_to_user_id_str" : "57281035069263149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1945630583426201204",
          "editControlInitial" : {
            "editTweetIds" : [
              "1945630583426201204",
              "1945635313278659978"
            ],
            "editableUntil" : "2025-07-17T00:44:13.814Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "2",
      "id_str" : "1945635313278659978",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1945635313278659978",
      "created_at" : "Thu Jul 17 00:03:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Harbor Point on a clear morning. Thank you, Riverton! Any questions, just reply here. ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945630583426201204",
            "1945635313278659978"
          ],
          "editableUntil" : "2025-07-17T00:44:13.814Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "id_str" : "1945630583426201204",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945630583426201204",
      "created_at" : "Wed Jul 16 23:44:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Harbor Point on a celar morning. Thank you, Riverton! Any questions, just reply here. ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945452647747433913"
          ],
          "editableUntil" : "2025-07-16T12:57:10.642Z",
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
        "173"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1945451926879573287",
      "id_str" : "1945452647747433913",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945452647747433913",
      "in_reply_to_status_id" : "1945451926879573287",
      "created_at" : "Wed Jul 16 11:57:10 +0000 2025",
      "favorited" : false,
      "full_text" : "The 16 is on detour around Nicollet Ave because of sewer work. Catch it at Nicollet Ave &amp; Lakeview Dr instead. You all asked, so here's a thread on the bus shelter redesign.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945451926879573287"
          ],
          "editableUntil" : "2025-07-16T12:54:18.774Z",
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
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "106",
              "122"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "6",
      "id_str" : "1945451926879573287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945451926879573287",
      "created_at" : "Wed Jul 16 11:54:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Paratransit trips for Tuesday can be booked until 4:30 today. Call or use the app. H/t @mayaokafor_rrta for the heads up. Sound good? 🗺️ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945448760215544302"
          ],
          "editableUntil" : "2025-07-16T12:41:43.782Z",
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
      "favorite_count" : "12",
      "id_str" : "1945448760215544302",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945448760215544302",
      "created_at" : "Wed Jul 16 11:41:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: In response to the thunderstorm, Riverton Regional Transit has activated inclement weather operational protocols across th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945241412535949701"
          ],
          "editableUntil" : "2025-07-15T22:57:48.243Z",
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
            "name" : "Eastgatenight",
            "screen_name" : "eastgatenight",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "11653635945526345",
            "id" : "11653635945526345"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1945239757502156883",
      "id_str" : "1945241412535949701",
      "in_reply_to_user_id" : "11653635945526345",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945241412535949701",
      "in_reply_to_status_id" : "1945239757502156883",
      "created_at" : "Tue Jul 15 21:57:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgatenight Hi there! We hear you. Saturday service on the Red Line is on the list for the next service change. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgatenight",
      "in_reply_to_user_id_str" : "11653635945526345"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944866103263311543"
          ],
          "editableUntil" : "2025-07-14T22:06:27.539Z",
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
              "215",
              "227"
            ],
            "id_str" : "3898165173",
            "id" : "3898165173"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "242"
      ],
      "favorite_count" : "33",
      "id_str" : "1944866103263311543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944866103263311543",
      "created_at" : "Mon Jul 14 21:06:27 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has taken Route 50 to the same job for 22 years and never once missed a shift. You asked about the reduced fare program. Here's where it stands: the survey closed with 7,576 responses. Thanks to @RivFoodBank for the photo!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944785954236492132"
          ],
          "editableUntil" : "2025-07-14T16:47:58.522Z",
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
      "favorite_count" : "29",
      "id_str" : "1944785954236492132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944785954236492132",
      "created_at" : "Mon Jul 14 15:47:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943785189591681422"
          ],
          "editableUntil" : "2025-07-11T22:31:17.638Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "T",
            "indices" : [
              "137",
              "139"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1943785189591681422",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1943785189591681422",
      "created_at" : "Fri Jul 11 21:31:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Nothing beats the view of the river from Harbor Point on a clear morning. Proud to serve Riverton riders every day. #T…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943749832988850062"
          ],
          "editableUntil" : "2025-07-11T20:10:47.967Z",
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
              "197",
              "206"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "207",
              "215"
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
      "favorite_count" : "10",
      "id_str" : "1943749832988850062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943749832988850062",
      "created_at" : "Fri Jul 11 19:10:47 +0000 2025",
      "favorited" : false,
      "full_text" : "If Route 9 had a soundtrack, this morning it would be a slow jazz tune. A train at the crossing is slowing down Route 9 and Route 61. Give yourself an extra 8 minutes. Appreciate every one of you. #RideRRTA #busstop 😊😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943745457587563347"
          ],
          "editableUntil" : "2025-07-11T19:53:24.790Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "95",
              "111"
            ]
          }
        ],
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
        "115"
      ],
      "favorite_count" : "23",
      "id_str" : "1943745457587563347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943745457587563347",
      "created_at" : "Fri Jul 11 18:53:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Nothing beats the view of the river from Harbor Point on a clear morning. #RivertonTransit ☀️🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943733267487191896"
          ],
          "editableUntil" : "2025-07-11T19:04:58.443Z",
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
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "93",
              "109"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1943732303795264286",
      "id_str" : "1943733267487191896",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943733267487191896",
      "in_reply_to_status_id" : "1943732303795264286",
      "created_at" : "Fri Jul 11 18:04:58 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Nothing beats the view of the river from the Farmers Market on a clear morning. Teamwork: @gregtanaka_rrta and our ops crew sorted out the 41 detour in an hour. Going forward, we will leverage these learnings to optimize response times.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943732303795264286"
          ],
          "editableUntil" : "2025-07-11T19:01:08.681Z",
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
              "130",
              "146"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "3",
      "id_str" : "1943732303795264286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943732303795264286",
      "created_at" : "Fri Jul 11 18:01:08 +0000 2025",
      "favorited" : false,
      "full_text" : "What a restless morning in Sycamore Flats. Nothing beats the view of the river from Central Station on a clear morning. Teamwork: @gregtanaka_rrta and our ops crew sorted out the 13 detour in an hour. Our riders deserve reliable service. ❄️🚲 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943690212527429473"
          ],
          "editableUntil" : "2025-07-11T16:13:53.341Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "12",
      "id_str" : "1943690212527429473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943690212527429473",
      "created_at" : "Fri Jul 11 15:13:53 +0000 2025",
      "favorited" : false,
      "full_text" : "The 25 is running about 30 minutes late because of a police stop. Waiting at Kingsley Ave &amp; Willow Rd for the 25? It is about 30 minutes out. Stay cool out there! Any questions, just reply here!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943651886716176424"
          ],
          "editableUntil" : "2025-07-11T13:41:35.755Z",
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
              "163",
              "178"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "179",
              "191"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "9",
      "id_str" : "1943651886716176424",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1943651886716176424",
      "created_at" : "Fri Jul 11 12:41:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Bluffton is sleepy this commute. The 20 is on detour around Main St because of a downed power line. Catch it at Main St &amp; Garfield Ave instead. #TransitTuesday #DetourAlert 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943638440096288310"
          ],
          "editableUntil" : "2025-07-11T12:48:09.831Z",
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
      "favorite_count" : "3",
      "id_str" : "1943638440096288310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943638440096288310",
      "created_at" : "Fri Jul 11 11:48:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Service update: Supplemental service deployment will support anticipated demand associated with the Riverfront concert seri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943272577795704585"
          ],
          "editableUntil" : "2025-07-10T12:34:21.462Z",
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
        "254"
      ],
      "favorite_count" : "1",
      "id_str" : "1943272577795704585",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1943272577795704585",
      "created_at" : "Thu Jul 10 11:34:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the sidewalk-to-stop program at Riverton Library on Friday at 7:55 am. Proud of our team for getting Route 13 back on schedule so fast. Great question! I don't know offhand, but our accessibility team does. Checking now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943251822793957639"
          ],
          "editableUntil" : "2025-07-10T11:11:53.084Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ms The Real",
            "screen_name" : "ms_the_real",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "23607977116738431",
            "id" : "23607977116738431"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1943249752800927804",
      "id_str" : "1943251822793957639",
      "in_reply_to_user_id" : "23607977116738431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943251822793957639",
      "in_reply_to_status_id" : "1943249752800927804",
      "created_at" : "Thu Jul 10 10:11:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@ms_the_real Hi there! The 50 had heavy traffic and is catching up now. Next bus is 6 minutes out. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ms_the_real",
      "in_reply_to_user_id_str" : "23607977116738431"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943064510655292627"
          ],
          "editableUntil" : "2025-07-09T22:47:34.390Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1943064132287658813",
      "id_str" : "1943064510655292627",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943064510655292627",
      "in_reply_to_status_id" : "1943064132287658813",
      "created_at" : "Wed Jul 09 21:47:34 +0000 2025",
      "favorited" : false,
      "full_text" : "In response to the cold snap, Riverton Regional Transit has activated inclement weather operational protocols across the network. ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943064132287658813"
          ],
          "editableUntil" : "2025-07-09T22:46:04.180Z",
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
              "165",
              "176"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/9h4drFGGjR",
            "expanded_url" : "https://www.rrta.example/alerts/july-3-route-21",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "192",
              "215"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "2",
      "id_str" : "1943064132287658813",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1943064132287658813",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 09 21:46:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 380 people at Memorial Park for the Dragon Boat races. Riverton, you showed up! Follow this thread for updates on the transit signal priority project. Thanks to @RivertonCC for the photo! https://t.co/9h4drFGGjR 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942947987698267715"
          ],
          "editableUntil" : "2025-07-09T15:04:33.152Z",
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
              "164",
              "172"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "173",
              "189"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "9",
      "id_str" : "1942947987698267715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942947987698267715",
      "created_at" : "Wed Jul 09 14:04:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the Airport Flyer riders: the stop at City Hall is closed this week. Walk one block to Westgate Blvd. Every route we run connects our community. #transit #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942940105343627015"
          ],
          "editableUntil" : "2025-07-09T14:33:13.852Z",
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
      "favorite_count" : "8",
      "id_str" : "1942940105343627015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942940105343627015",
      "created_at" : "Wed Jul 09 13:33:13 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Implementation of the reduced fare program continues to progress consistent with established timelines, with implementation…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942700355882994476"
          ],
          "editableUntil" : "2025-07-08T22:40:33.126Z",
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
            "name" : "Tj Riverton90",
            "screen_name" : "tj_riverton90",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "53610924272953863",
            "id" : "53610924272953863"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1942692434744943356",
      "id_str" : "1942700355882994476",
      "in_reply_to_user_id" : "53610924272953863",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942700355882994476",
      "in_reply_to_status_id" : "1942692434744943356",
      "created_at" : "Tue Jul 08 21:40:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_riverton90 Sorry for the wait. That's not OK. We've logged it and operations will review the video from bus 2069. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_riverton90",
      "in_reply_to_user_id_str" : "53610924272953863"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942695651495333458"
          ],
          "editableUntil" : "2025-07-08T22:21:51.513Z",
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
      "favorite_count" : "2",
      "id_str" : "1942695651495333458",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942695651495333458",
      "created_at" : "Tue Jul 08 21:21:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Westgate. Experiment time: a pop-up b…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942586398500550314"
          ],
          "editableUntil" : "2025-07-08T15:07:43.569Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "188",
              "203"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "126",
              "133"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1942586119276166611",
      "id_str" : "1942586398500550314",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942586398500550314",
      "in_reply_to_status_id" : "1942586119276166611",
      "created_at" : "Tue Jul 08 14:07:43 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Please be advised: Stay safe in the flood warning. Warming buses are parked at University Station and City Hall. Teamwork: @praman and our ops crew sorted out the 22 detour in an hour. #TransitTuesday",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942586119276166611"
          ],
          "editableUntil" : "2025-07-08T15:06:36.997Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "117",
              "133"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "134",
              "142"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/M8uy6oFCD5",
            "expanded_url" : "https://www.rrta.example/maps/route-33",
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
        "142"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1942585661816765790",
      "id_str" : "1942586119276166611",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942586119276166611",
      "in_reply_to_status_id" : "1942585661816765790",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 08 14:06:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/M8uy6oFCD5 #RivertonTransit #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942585661816765790"
          ],
          "editableUntil" : "2025-07-08T15:04:47.930Z",
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
        "65"
      ],
      "favorite_count" : "19",
      "id_str" : "1942585661816765790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942585661816765790",
      "created_at" : "Tue Jul 08 14:04:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the Northside network plan: the paint is finally dry. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942451114237622014"
          ],
          "editableUntil" : "2025-07-08T06:10:09.287Z",
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
            "name" : "Mrk1952",
            "screen_name" : "mrk1952",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "38305783690860904",
            "id" : "38305783690860904"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1942437595077133053",
      "id_str" : "1942451114237622014",
      "in_reply_to_user_id" : "38305783690860904",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1942451114237622014",
      "in_reply_to_status_id" : "1942437595077133053",
      "created_at" : "Tue Jul 08 05:10:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrk1952 Hello! Yes, students ride free all summer with a school ID, the Red Line included. We're testing a text line for the Red Line soon, so your feedback really helps. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrk1952",
      "in_reply_to_user_id_str" : "38305783690860904"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942302052272862069"
          ],
          "editableUntil" : "2025-07-07T20:17:50.145Z",
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
            "url" : "https://t.co/6AseiBITZO",
            "expanded_url" : "https://www.rrta.example/news/memorial-day-ceremony",
            "display_url" : "www.rrta.example/news/mem…",
            "indices" : [
              "111",
              "134"
            ]
          },
          {
            "url" : "https://t.co/HLrUrl4o7b",
            "expanded_url" : "https://x.com/praman/status/1942176641408144298",
            "display_url" : "x.com/praman/status/19421…",
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
      "favorite_count" : "2",
      "id_str" : "1942302052272862069",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1942302052272862069",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 07 19:17:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/6AseiBITZO Buses get our residents to jobs, school and the doctor. 🚏🚦 https://t.co/HLrUrl4o7b",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942246243963709359"
          ],
          "editableUntil" : "2025-07-07T16:36:04.408Z",
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
      "favorite_count" : "7",
      "id_str" : "1942246243963709359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942246243963709359",
      "created_at" : "Mon Jul 07 15:36:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: In alignment with the municipal construction schedule, the 27 will implement a temporary operational realignment affecting…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941845612177191833"
          ],
          "editableUntil" : "2025-07-06T14:04:06.346Z",
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
            "name" : "Z Bikegirl",
            "screen_name" : "z_bikegirl",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "61272762072284031",
            "id" : "61272762072284031"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1941834038036564715",
      "id_str" : "1941845612177191833",
      "in_reply_to_user_id" : "61272762072284031",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941845612177191833",
      "in_reply_to_status_id" : "1941834038036564715",
      "created_at" : "Sun Jul 06 13:04:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_bikegirl Items found on buses go to Southport Station within a day. Give them a call at 555-0142. Have a good one! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_bikegirl",
      "in_reply_to_user_id_str" : "61272762072284031"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941292411971907504"
          ],
          "editableUntil" : "2025-07-05T01:25:53.139Z",
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
      "favorite_count" : "0",
      "id_str" : "1941292411971907504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941292411971907504",
      "created_at" : "Sat Jul 05 00:25:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Service update: A rider told me she has taken the 23 to the same job for 23 years and never once missed a shift. Good…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941245715087658510"
          ],
          "editableUntil" : "2025-07-04T22:20:19.735Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "2",
      "id_str" : "1941245715087658510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941245715087658510",
      "created_at" : "Fri Jul 04 21:20:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: A rider told me she has taken Route 3 to the same job for 3 years and never once missed a shift. Going to the art crawl? Route 3 runs every 15 minutes until midnight on Friday. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941142284308708229"
          ],
          "editableUntil" : "2025-07-04T15:29:19.915Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grandpa Owl",
            "screen_name" : "grandpa_owl",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3420411942861639",
            "id" : "3420411942861639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1941131862174601397",
      "id_str" : "1941142284308708229",
      "in_reply_to_user_id" : "3420411942861639",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1941142284308708229",
      "in_reply_to_status_id" : "1941131862174601397",
      "created_at" : "Fri Jul 04 14:29:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_owl Hey there! The next 36 is about 10 minutes away from Canal St &amp; Main St. Our team is on it. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_owl",
      "in_reply_to_user_id_str" : "3420411942861639"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1941103530578323317",
          "editControlInitial" : {
            "editTweetIds" : [
              "1941103530578323317",
              "1941110812282350772"
            ],
            "editableUntil" : "2025-07-04T12:55:20.306Z",
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
        "103"
      ],
      "favorite_count" : "27",
      "id_str" : "1941110812282350772",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941110812282350772",
      "created_at" : "Fri Jul 04 12:24:16 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 345 trips on Wednesday alone. Please share with your neighbors who ride the 12!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941103530578323317",
            "1941110812282350772"
          ],
          "editableUntil" : "2025-07-04T12:55:20.306Z",
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
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1941103530578323317",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1941103530578323317",
      "created_at" : "Fri Jul 04 11:55:20 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 345 tirps on Wednesday alone. Please share with your neighbors who ride the 12!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940889788105926410"
          ],
          "editableUntil" : "2025-07-03T22:46:00.129Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "101",
              "109"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WqMhqyZQQR",
            "expanded_url" : "https://x.com/RivertonCC/status/1940199482742906992",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "4",
      "id_str" : "1940889788105926410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940889788105926410",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 03 21:46:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Heading to the Fourth of July fireworks? Ride free with your ticket on the 27 all day. #transit https://t.co/WqMhqyZQQR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940779165704821448"
          ],
          "editableUntil" : "2025-07-03T15:26:25.694Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "8",
      "id_str" : "1940779165704821448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940779165704821448",
      "created_at" : "Thu Jul 03 14:26:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the new bike racks on Wednesday, 6:00 at the VA clinic. Kids welcome. Any questions, just reply here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940571183017270545"
          ],
          "editableUntil" : "2025-07-03T01:39:58.757Z",
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
      "favorite_count" : "4",
      "id_str" : "1940571183017270545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940571183017270545",
      "created_at" : "Thu Jul 03 00:39:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Parkside. Buses get our residents to…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940456928796198564"
          ],
          "editableUntil" : "2025-07-02T18:05:58.428Z",
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
            "name" : "Grandpacoffee",
            "screen_name" : "grandpacoffee",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "29263949309597685",
            "id" : "29263949309597685"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1940454531634355122",
      "id_str" : "1940456928796198564",
      "in_reply_to_user_id" : "29263949309597685",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940456928796198564",
      "in_reply_to_status_id" : "1940454531634355122",
      "created_at" : "Wed Jul 02 17:05:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpacoffee Hey there! We hear you. Saturday service on the 36 is on the list for the next service change. Stay warm out there! ❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpacoffee",
      "in_reply_to_user_id_str" : "29263949309597685"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940154855465582768"
          ],
          "editableUntil" : "2025-07-01T22:05:38.534Z",
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
        "203"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1940154507672207481",
      "id_str" : "1940154855465582768",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940154855465582768",
      "in_reply_to_status_id" : "1940154507672207481",
      "created_at" : "Tue Jul 01 21:05:38 +0000 2025",
      "favorited" : false,
      "full_text" : "The Lantern Walk is this Friday at Eastgate Transit Center. Looks like fun. Going live from the Lantern Walk at 10:20 am, bring your questions! We couldn't do this without our operators and mechanics. 😀🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940154507672207481"
          ],
          "editableUntil" : "2025-07-01T22:04:15.613Z",
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
            "url" : "https://t.co/SMq1cGJr25",
            "expanded_url" : "https://www.rrta.example/alerts/july-7-route-24",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1940153942048695743",
      "id_str" : "1940154507672207481",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940154507672207481",
      "in_reply_to_status_id" : "1940153942048695743",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 01 21:04:15 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Ever seen the ballpark on a stubborn day? Worth it. The new Route 24 timetalbe is out. Pick one up on the bus or see https://t.co/SMq1cGJr25",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940153942048695743"
          ],
          "editableUntil" : "2025-07-01T22:02:00.758Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "182",
              "190"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/IMOBzcR73d",
            "expanded_url" : "https://www.rrta.example/maps/route-20",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "158",
              "181"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1940153754846645773",
      "id_str" : "1940153942048695743",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1940153942048695743",
      "in_reply_to_status_id" : "1940153754846645773",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 01 21:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Thank a bus driver today. Ms. Dorothy on the Airport Flyer just hit 18 years with zero crashes. Fun fact: our oldest bus is older than two of our interns! https://t.co/IMOBzcR73d #transit 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940153754846645773"
          ],
          "editableUntil" : "2025-07-01T22:01:16.126Z",
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
              "97",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "85",
              "96"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "id_str" : "1940153754846645773",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1940153754846645773",
      "created_at" : "Tue Jul 01 21:01:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the 12 is running about 12 minutes late because of road work. Via @RivertonPD #FareFree ❄️ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940137200818546005"
          ],
          "editableUntil" : "2025-07-01T20:55:29.338Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "125",
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
      "favorite_count" : "13",
      "id_str" : "1940137200818546005",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940137200818546005",
      "created_at" : "Tue Jul 01 19:55:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Riverton is beautiful today. Perfect day for a walk along the river in Westgate. It is in the schedule. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940124428570039363"
          ],
          "editableUntil" : "2025-07-01T20:04:44.196Z",
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
              "189",
              "205"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Jncd8LlpXx",
            "expanded_url" : "https://www.rrta.example/meetings/bus-stop-audit-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "7",
      "id_str" : "1940124428570039363",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940124428570039363",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 01 19:04:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/Jncd8LlpXx Fun fact: we have 86 stops and someone has named every shelter cat! H/t @gregtanaka_rrta for the heads up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939828256610365696"
          ],
          "editableUntil" : "2025-07-01T00:27:51.299Z",
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
        "140"
      ],
      "favorite_count" : "11",
      "id_str" : "1939828256610365696",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939828256610365696",
      "created_at" : "Mon Jun 30 23:27:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at Central Sta…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939755110063802468"
          ],
          "editableUntil" : "2025-06-30T19:37:11.803Z",
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
            "name" : "Dad Night2001",
            "screen_name" : "dad_night2001",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "17965463322963976",
            "id" : "17965463322963976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1939294461994195743",
      "id_str" : "1939755110063802468",
      "in_reply_to_user_id" : "17965463322963976",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1939755110063802468",
      "in_reply_to_status_id" : "1939294461994195743",
      "created_at" : "Mon Jun 30 18:37:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@dad_night2001 Hey there! Yes! Fare capping works with phone pay too, on Route 36 and every other route. Thanks for riding with us!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dad_night2001",
      "in_reply_to_user_id_str" : "17965463322963976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939738173546576732"
          ],
          "editableUntil" : "2025-06-30T18:29:53.823Z",
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
              "107",
              "123"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uH9xhwoUR4",
            "expanded_url" : "https://x.com/RivertonChamber/status/1939489272721781294",
            "display_url" : "x.com/RivertonChamber/sta…",
            "indices" : [
              "239",
              "262"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "262"
      ],
      "favorite_count" : "8",
      "id_str" : "1939738173546576732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939738173546576732",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 30 17:29:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Going to the air show? Route 39 runs every 8 minutes until midnight on Friday. Great work by @RivertonLibrary on the air show. Go check out their post! This is why transit matters: a rider got to a job interview in Lakeside. https://t.co/uH9xhwoUR4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939707565681991458"
          ],
          "editableUntil" : "2025-06-30T16:28:16.339Z",
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
      "favorite_count" : "10",
      "id_str" : "1939707565681991458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939707565681991458",
      "created_at" : "Mon Jun 30 15:28:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Buses on the 33 are about 8 min behind right now (a lane closure). Thanks for your patience. Waiting at the Senior Center for the 33? It's about 8 minutes out. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939453048103948986"
          ],
          "editableUntil" : "2025-06-29T23:36:54.620Z",
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
            "name" : "Oldmill Prof",
            "screen_name" : "oldmill_prof",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "23787805056325989",
            "id" : "23787805056325989"
          },
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "136",
              "146"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1939449448705596672",
      "id_str" : "1939453048103948986",
      "in_reply_to_user_id" : "23787805056325989",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939453048103948986",
      "in_reply_to_status_id" : "1939449448705596672",
      "created_at" : "Sun Jun 29 22:36:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_prof Thanks for reaching out. Thanks for telling us. We have sent this to the 14 supervisor to talk with the driver. Thanks to @bencarter on our ops team for tracking this down. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_prof",
      "in_reply_to_user_id_str" : "23787805056325989"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939442703426837150"
          ],
          "editableUntil" : "2025-06-29T22:55:48.256Z",
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
            "name" : "Mombikegirl1964",
            "screen_name" : "mombikegirl1964",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "29319195219861961",
            "id" : "29319195219861961"
          },
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "145",
              "158"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1939438442706138748",
      "id_str" : "1939442703426837150",
      "in_reply_to_user_id" : "29319195219861961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939442703426837150",
      "in_reply_to_status_id" : "1939438442706138748",
      "created_at" : "Sun Jun 29 21:55:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@mombikegirl1964 Hi there! Ugh, sorry to hear that. The app can lag when buses lose GPS near Victory Pkwy. We have told our tech team. Thanks to @lena_fischer on our ops team for tracking this down. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "mombikegirl1964",
      "in_reply_to_user_id_str" : "29319195219861961"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939093005577668711"
          ],
          "editableUntil" : "2025-06-28T23:46:13.792Z",
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
            "name" : "Dj Transitnerd2",
            "screen_name" : "dj_transitnerd2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "13266067421439811",
            "id" : "13266067421439811"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1939084753264680020",
      "id_str" : "1939093005577668711",
      "in_reply_to_user_id" : "13266067421439811",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939093005577668711",
      "in_reply_to_status_id" : "1939084753264680020",
      "created_at" : "Sat Jun 28 22:46:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@dj_transitnerd2 Hello! Sorry to hear that. Route 50 is running about 5 minutes behind because of a police stop. It should reach the Senior Center around 11:25. Thanks for riding with us!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dj_transitnerd2",
      "in_reply_to_user_id_str" : "13266067421439811"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938951154615080457"
          ],
          "editableUntil" : "2025-06-28T14:22:33.887Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "209",
              "219"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "220",
              "234"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Community College",
            "screen_name" : "RivertonCC",
            "indices" : [
              "16",
              "27"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gzeSd8YO5N",
            "expanded_url" : "https://x.com/RivertonSchools/status/1938641494784739758",
            "display_url" : "x.com/RivertonSchools/sta…",
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
      "favorite_count" : "3",
      "id_str" : "1938951154615080457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938951154615080457",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 28 13:22:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonCC. Open house about the electric bus rollout on Friday, 1:25 at Southport Walmart. Kids welcome. We couldn't do this without our operators and mechanics. Appreciate every one of you. #RiverDays #accessibility 🚌 https://t.co/gzeSd8YO5N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938798662454917776"
          ],
          "editableUntil" : "2025-06-28T04:16:36.923Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Katlakeside",
            "screen_name" : "katlakeside",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "25789470128480505",
            "id" : "25789470128480505"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1938785848113962408",
      "id_str" : "1938798662454917776",
      "in_reply_to_user_id" : "25789470128480505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938798662454917776",
      "in_reply_to_status_id" : "1938785848113962408",
      "created_at" : "Sat Jun 28 03:16:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@katlakeside Hello! We're sorry for the trouble. Thanks! We'll pull bus 1437 for an AC check when it gets back to the garage. Appreciate you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "katlakeside",
      "in_reply_to_user_id_str" : "25789470128480505"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938341872248706174"
          ],
          "editableUntil" : "2025-06-26T22:01:29.651Z",
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
              "201",
              "209"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "127",
              "140"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "12",
      "id_str" : "1938341872248706174",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1938341872248706174",
      "created_at" : "Thu Jun 26 21:01:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Stay safe in the ice storm. Warming buses are parked at Eastgate Transit Center and Harbor Point. Teamwork: @lena_fischer and our ops crew sorted out the Route 22 detour in an hour. #transit 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938033736085497947"
          ],
          "editableUntil" : "2025-06-26T01:37:04.265Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "89",
              "97"
            ]
          }
        ],
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
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1938033736085497947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938033736085497947",
      "created_at" : "Thu Jun 26 00:37:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: The jazz festival is this Thursday at the fairgrounds. Looks like fun. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937916121053354070"
          ],
          "editableUntil" : "2025-06-25T17:49:42.656Z",
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
              "241",
              "251"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "206",
              "222"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "16",
      "id_str" : "1937916121053354070",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1937916121053354070",
      "created_at" : "Wed Jun 25 16:49:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on Jefferson St means the Red Line uses Railroad Ave for now. Add about 5 minutes. The Red Line cannot get down Jefferson St today (crane work on a new building), so it is using Railroad Ave. H/t @mayaokafor_rrta for the heads up. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937893213170572322"
          ],
          "editableUntil" : "2025-06-25T16:18:40.991Z",
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
              "16",
              "32"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Dwe1BzmPq2",
            "expanded_url" : "https://x.com/epetrova/status/1937736183546978207",
            "display_url" : "x.com/epetrova/status/193…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "6",
      "id_str" : "1937893213170572322",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937893213170572322",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 25 15:18:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonLibrary. Come tell us what you think abuot the bus shelter redesign at Southport Walmart on Friday at 9:50. https://t.co/Dwe1BzmPq2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937534640794759647"
          ],
          "editableUntil" : "2025-06-24T16:33:50.675Z",
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
      "favorite_count" : "11",
      "id_str" : "1937534640794759647",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937534640794759647",
      "created_at" : "Tue Jun 24 15:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Heads up: Route 28 skips Cedar Ln until Monday. The closest stop is City Hall. It is in the schedule. Our first try at a t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937521601053786558"
          ],
          "editableUntil" : "2025-06-24T15:42:01.758Z",
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
            "name" : "Nightmike1968",
            "screen_name" : "nightmike1968",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "21741672943714690",
            "id" : "21741672943714690"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AdFxYwzrVD",
            "expanded_url" : "https://www.rrta.example/projects/main-st-bus-lane",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "104",
              "127"
            ]
          },
          {
            "url" : "https://t.co/8UTsDCIP1q",
            "expanded_url" : "https://www.rrta.example/projects/main-st-bus-lane",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "180",
              "203"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1937309219152695426",
      "id_str" : "1937521601053786558",
      "in_reply_to_user_id" : "21741672943714690",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937521601053786558",
      "in_reply_to_status_id" : "1937309219152695426",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 24 14:42:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightmike1968 We're looking at service to Kingsley as part of the Main St bus lane. Tell us more here: https://t.co/AdFxYwzrVD My bad, that link was broken. Here's the right one: https://t.co/8UTsDCIP1q",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightmike1968",
      "in_reply_to_user_id_str" : "21741672943714690"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937513222720039511"
          ],
          "editableUntil" : "2025-06-24T15:08:44.208Z",
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
            "name" : "Eastgatejust82",
            "screen_name" : "eastgatejust82",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "44223842796766223",
            "id" : "44223842796766223"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1937503102214261800",
      "id_str" : "1937513222720039511",
      "in_reply_to_user_id" : "44223842796766223",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937513222720039511",
      "in_reply_to_status_id" : "1937503102214261800",
      "created_at" : "Tue Jun 24 14:08:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgatejust82 Thanks for telling us. Comments about Quarry Hill go straight to our planners. Safe travels! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgatejust82",
      "in_reply_to_user_id_str" : "44223842796766223"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937288761444024405"
          ],
          "editableUntil" : "2025-06-24T00:16:48.469Z",
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
            "name" : "Dadbusrider41",
            "screen_name" : "dadbusrider41",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "21252757013018664",
            "id" : "21252757013018664"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1937284529967056606",
      "id_str" : "1937288761444024405",
      "in_reply_to_user_id" : "21252757013018664",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937288761444024405",
      "in_reply_to_status_id" : "1937284529967056606",
      "created_at" : "Mon Jun 23 23:16:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadbusrider41 Thanks for reaching out. Thanks for telling us. We've sent this to the 12 supervisor to talk with the driver.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadbusrider41",
      "in_reply_to_user_id_str" : "21252757013018664"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937247188541992617"
          ],
          "editableUntil" : "2025-06-23T21:31:36.717Z",
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
              "245",
              "253"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "0",
      "id_str" : "1937247188541992617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937247188541992617",
      "created_at" : "Mon Jun 23 20:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Watching the jazz festival crowds pour off Route 26 is the closest thing we have to a parade. Extra buses for the jazz festival this Wednesday! Skip the parking and ride Route 26. Proud of our team for getting Route 26 back on schedule so fast. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937241215673768465"
          ],
          "editableUntil" : "2025-06-23T21:07:52.674Z",
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
      "favorite_count" : "13",
      "id_str" : "1937241215673768465",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937241215673768465",
      "created_at" : "Mon Jun 23 20:07:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Service update: the 27 carried 47,521 rides last week, up 16% from last year. Please action accordingly and ensure alignment…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937186044436244523"
          ],
          "editableUntil" : "2025-06-23T17:28:38.826Z",
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
              "228",
              "237"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/c3W1Nu20KV",
            "expanded_url" : "https://www.rrta.example/alerts/june-5-route-21",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "4",
      "id_str" : "1937186044436244523",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1937186044436244523",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 16:28:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Call it a sleepy kind of evening. Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.co/c3W1Nu20KV. Buses get our residents to jobs, school and the doctor. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937176756836107636"
          ],
          "editableUntil" : "2025-06-23T16:51:44.490Z",
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
            "name" : "Katprof1989",
            "screen_name" : "katprof1989",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "66805707179070496",
            "id" : "66805707179070496"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1936284247879489429",
      "id_str" : "1937176756836107636",
      "in_reply_to_user_id" : "66805707179070496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937176756836107636",
      "in_reply_to_status_id" : "1936284247879489429",
      "created_at" : "Mon Jun 23 15:51:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@katprof1989 Hey there! Sorry to hear about the trouble today. That shouldn't happen at the fairgrounds. Can you send us the time and direction so we can follow up?",
      "lang" : "en",
      "in_reply_to_screen_name" : "katprof1989",
      "in_reply_to_user_id_str" : "66805707179070496"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937152002697143017"
          ],
          "editableUntil" : "2025-06-23T15:13:22.643Z",
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
            "name" : "Eastgate Sam",
            "screen_name" : "eastgate_sam",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "39029862537742568",
            "id" : "39029862537742568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1936842064721951361",
      "id_str" : "1937152002697143017",
      "in_reply_to_user_id" : "39029862537742568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937152002697143017",
      "in_reply_to_status_id" : "1936842064721951361",
      "created_at" : "Mon Jun 23 14:13:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgate_sam Hi there! Take Route 88 to Harbor Point, it's a short walk from there. Hope that helps! 🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgate_sam",
      "in_reply_to_user_id_str" : "39029862537742568"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937128158831770287"
          ],
          "editableUntil" : "2025-06-23T13:38:37.823Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "222",
              "238"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "239",
              "248"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/D0xBYDalHT",
            "expanded_url" : "https://www.rrta.example/maps/route-15",
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
        "248"
      ],
      "favorite_count" : "15",
      "id_str" : "1937128158831770287",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937128158831770287",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 12:38:37 +0000 2025",
      "favorited" : false,
      "full_text" : "The new Route 15 timetable is out. Pick one up on the bus or see https://t.co/D0xBYDalHT Good news for Prairie View: more trips on Route 15 starting July 3. Proud of our team for getting Route 15 back on schedule so fast. #RivertonTransit #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937112772484603742"
          ],
          "editableUntil" : "2025-06-23T12:37:29.432Z",
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
      "favorite_count" : "15",
      "id_str" : "1937112772484603742",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1937112772484603742",
      "created_at" : "Mon Jun 23 11:37:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: The chili cook-off is this Tuesday at West High School. Looks like fun. Buses get our residents to jobs, school and the doc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936944026137162645"
          ],
          "editableUntil" : "2025-06-23T01:26:57.167Z",
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
      "favorite_count" : "2",
      "id_str" : "1936944026137162645",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1936944026137162645",
      "created_at" : "Mon Jun 23 00:26:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Service update: Route 12 carried 149 rides last week, up 9% from last year. Key deliverables will be operationalized in Q2.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936368051572297877"
          ],
          "editableUntil" : "2025-06-21T11:18:14.130Z",
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
            "name" : "Eastgate Lakesi",
            "screen_name" : "eastgate_lakesi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "64543958592331006",
            "id" : "64543958592331006"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1936364890607654623",
      "id_str" : "1936368051572297877",
      "in_reply_to_user_id" : "64543958592331006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936368051572297877",
      "in_reply_to_status_id" : "1936364890607654623",
      "created_at" : "Sat Jun 21 10:18:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgate_lakesi Hi there! Sorry you got left behind. We're adding trips to the 41 this month. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgate_lakesi",
      "in_reply_to_user_id_str" : "64543958592331006"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936156464502142256"
          ],
          "editableUntil" : "2025-06-20T21:17:27.841Z",
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
              "129",
              "145"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "146",
              "156"
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
      "favorite_count" : "10",
      "id_str" : "1936156464502142256",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1936156464502142256",
      "created_at" : "Fri Jun 20 20:17:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 32,612 people at the county courthouse for the Cinco de Mayo festival. Riverton, you showed up! Appreciate every one of you. #RivertonTransit #RiverDays 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936114921918550721"
          ],
          "editableUntil" : "2025-06-20T18:32:23.318Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1936114921918550721",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936114921918550721",
      "created_at" : "Fri Jun 20 17:32:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Prairie View. Earlier I said the 20…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936107121743360635"
          ],
          "editableUntil" : "2025-06-20T18:01:23.611Z",
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
      "favorite_count" : "9",
      "id_str" : "1936107121743360635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936107121743360635",
      "created_at" : "Fri Jun 20 17:01:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Our maintenance workforce maintained fleet availability of 22,081 vehicles throughout the snow, reflecting operational exc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936098544840674790"
          ],
          "editableUntil" : "2025-06-20T17:27:18.718Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakesidenurse84",
            "screen_name" : "lakesidenurse84",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "65277306193989542",
            "id" : "65277306193989542"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1936075136917695716",
      "id_str" : "1936098544840674790",
      "in_reply_to_user_id" : "65277306193989542",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936098544840674790",
      "in_reply_to_status_id" : "1936075136917695716",
      "created_at" : "Fri Jun 20 16:27:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidenurse84 Hi! The last 36 leaves Eastgate Transit Center at 6:30 am on weekdays. Have a good one! ❤️🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidenurse84",
      "in_reply_to_user_id_str" : "65277306193989542"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936096963653479566"
          ],
          "editableUntil" : "2025-06-20T17:21:01.734Z",
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
        "250"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1936095523702990281",
      "id_str" : "1936096963653479566",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936096963653479566",
      "in_reply_to_status_id" : "1936095523702990281",
      "created_at" : "Fri Jun 20 16:21:01 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Found a note taped in the Northside Mall shelter today: \"thank you for the bench.\" It made our week. Ms. Carla has driven Route 22 for 16 years and still knows every regular by name. Proud of our team for getting Route 22 back on schedule so fast.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936095523702990281"
          ],
          "editableUntil" : "2025-06-20T17:15:18.423Z",
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
              "151",
              "167"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "168",
              "176"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1936094413675724459",
      "id_str" : "1936095523702990281",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936095523702990281",
      "in_reply_to_status_id" : "1936094413675724459",
      "created_at" : "Fri Jun 20 16:15:18 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Saw 391 peolpe at Central Station for the Lantern Walk. Riverton, you showed up! Going live from the Lantern Walk at 7:00 am, bring your questions! #RivertonTransit #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936094413675724459"
          ],
          "editableUntil" : "2025-06-20T17:10:53.772Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "107",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "93",
              "106"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/71wIdH36vo",
            "expanded_url" : "https://www.rrta.example/maps/route-29",
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
        "116"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1936093298761737960",
      "id_str" : "1936094413675724459",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1936094413675724459",
      "in_reply_to_status_id" : "1936093298761737960",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 20 16:10:53 +0000 2025",
      "favorited" : false,
      "full_text" : "The new Route 29 timetable is out. Pick one up on the bus or see https://t.co/71wIdH36vo via @RiverHawksFC #Riverton",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936093298761737960"
          ],
          "editableUntil" : "2025-06-20T17:06:27.955Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DsRFE9ym1J",
            "expanded_url" : "https://www.rrta.example/maps/route-24",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1936093298761737960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936093298761737960",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 20 16:06:27 +0000 2025",
      "favorited" : false,
      "full_text" : "The new 24 timeatble is out. Pick one up on the bus or see https://t.co/DsRFE9ym1J We couldn't do this without our operators and mechanics. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936048793222915474"
          ],
          "editableUntil" : "2025-06-20T14:09:37.008Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "191",
              "207"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "208",
              "216"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8f0ivMMdG0",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "167",
              "190"
            ]
          },
          {
            "url" : "https://t.co/dBRurkip9J",
            "expanded_url" : "https://x.com/lena_fischer/status/1935547144459083338",
            "display_url" : "x.com/lena_fischer/status…",
            "indices" : [
              "217",
              "240"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "240"
      ],
      "favorite_count" : "2",
      "id_str" : "1936048793222915474",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936048793222915474",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 20 13:09:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. The elevator at Harbor Point Station is out of service. Use the ramp on the Oak Ave side. Fixed the broken link from my last post, sorry about that: https://t.co/8f0ivMMdG0 #RivertonTransit #transit https://t.co/dBRurkip9J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935468321398871496"
          ],
          "editableUntil" : "2025-06-18T23:43:01.741Z",
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
        "139"
      ],
      "favorite_count" : "17",
      "id_str" : "1935468321398871496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935468321398871496",
      "created_at" : "Wed Jun 18 22:43:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Saw 41 people at Millworks Lofts for the Harvest Market. Riverton, you showed up! Municipal offices will observe modified…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935454927481908160"
          ],
          "editableUntil" : "2025-06-18T22:49:48.382Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "105",
              "121"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1935454435666600915",
      "id_str" : "1935454927481908160",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935454927481908160",
      "in_reply_to_status_id" : "1935454435666600915",
      "created_at" : "Wed Jun 18 21:49:48 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Fare capping starts June 22: once you've paid $5 in a day, the rest of your rides are free. Thanks to @RivCountyHealth for the photo! 🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935454435666600915"
          ],
          "editableUntil" : "2025-06-18T22:47:51.124Z",
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
              "86",
              "102"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1935454435666600915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935454435666600915",
      "created_at" : "Wed Jun 18 21:47:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on Nicollet Ave means Route 3 uses Quarry Rd for now. Add about 10 minutes. #RivertonTransit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935429551131333401"
          ],
          "editableUntil" : "2025-06-18T21:08:58.188Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "1",
      "id_str" : "1935429551131333401",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1935429551131333401",
      "created_at" : "Wed Jun 18 20:08:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Nothing beats the view of the river from Millworks Lofts on a clear morning. Fun fact: the bus wash uses recycled wate…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935400776876185021"
          ],
          "editableUntil" : "2025-06-18T19:14:37.871Z",
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
      "favorite_count" : "2",
      "id_str" : "1935400776876185021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935400776876185021",
      "created_at" : "Wed Jun 18 18:14:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: System-wide ridership metrics reflect a 37% year-over-year increase, driven by enhanced service levels on key corridors inc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935338184755169507"
          ],
          "editableUntil" : "2025-06-18T15:05:54.747Z",
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
            "name" : "Oldmilldee2007",
            "screen_name" : "oldmilldee2007",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "30384575185059917",
            "id" : "30384575185059917"
          },
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "87",
              "103"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1935148672107165582",
      "id_str" : "1935338184755169507",
      "in_reply_to_user_id" : "30384575185059917",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935338184755169507",
      "in_reply_to_status_id" : "1935148672107165582",
      "created_at" : "Wed Jun 18 14:05:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmilldee2007 Hey! This is so nice to hear. We'll make sure Kwame sees it. Thanks to @gregtanaka_rrta on our ops team for tracking this down. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmilldee2007",
      "in_reply_to_user_id_str" : "30384575185059917"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935329264535026576"
          ],
          "editableUntil" : "2025-06-18T14:30:28.001Z",
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
              "162",
              "170"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "171",
              "179"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "74",
              "87"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "1",
      "id_str" : "1935329264535026576",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1935329264535026576",
      "created_at" : "Wed Jun 18 13:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on the 61: a scarf. Claim it at Central Station lost and found. Via @RiverHawksFC This is why transit matters: a nurse on the 61 gets to her shift on time. #busstop #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935328826430320631"
          ],
          "editableUntil" : "2025-06-18T14:28:43.548Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Northside Coffe",
            "screen_name" : "northside_coffe",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "6613910246724731",
            "id" : "6613910246724731"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1935319362152559517",
      "id_str" : "1935328826430320631",
      "in_reply_to_user_id" : "6613910246724731",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935328826430320631",
      "in_reply_to_status_id" : "1935319362152559517",
      "created_at" : "Wed Jun 18 13:28:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_coffe Hi there! We're sorry this happened. The 6:00 trip is our busiest. We've asked planning to add a bus. We're testing painting the Northside Mall shelter with local artists soon, so your feedback really helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_coffe",
      "in_reply_to_user_id_str" : "6613910246724731"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935315015201691961"
          ],
          "editableUntil" : "2025-06-18T13:33:50.695Z",
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
            "url" : "https://t.co/sRMf3O6bXe",
            "expanded_url" : "https://x.com/lena_fischer/status/1934712056558526729",
            "display_url" : "x.com/lena_fischer/status…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "1",
      "id_str" : "1935315015201691961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935315015201691961",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 18 12:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Riverton is beautiful today. Perfect day for a walk along the river in Cedar Heights. Have a great weekend, everyone! https://t.co/sRMf3O6bXe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935089643230555371"
          ],
          "editableUntil" : "2025-06-17T22:38:17.830Z",
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
        "99"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1935086139278459729",
      "id_str" : "1935089643230555371",
      "in_reply_to_user_id" : "7824724157104770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935089643230555371",
      "in_reply_to_status_id" : "1935086139278459729",
      "created_at" : "Tue Jun 17 21:38:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlthe_rea Hey! Buses run until about an hour after graduation weekend ends. Hope that helps!",
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
            "1935025107613458586"
          ],
          "editableUntil" : "2025-06-17T18:21:51.340Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "89",
              "104"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "105",
              "117"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "28",
      "in_reply_to_status_id_str" : "1935023960869736333",
      "id_str" : "1935025107613458586",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935025107613458586",
      "in_reply_to_status_id" : "1935023960869736333",
      "created_at" : "Tue Jun 17 17:21:51 +0000 2025",
      "favorited" : false,
      "full_text" : "The elevator at University Station is out of service. Use the ramp on the Cedar Ln side. #TransitTuesday #DetourAlert",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935023960869736333"
          ],
          "editableUntil" : "2025-06-17T18:17:17.935Z",
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
        "244"
      ],
      "favorite_count" : "4",
      "id_str" : "1935023960869736333",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935023960869736333",
      "created_at" : "Tue Jun 17 17:17:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Tiny victory of the day: the Jefferson St &amp; Terrace Pl shelter finally has its bench back. Come tell us what you think about the new bike racks at Riverton Library on Saturday at 10:00. We couldn't do this without our operators and mechanics. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934621733662271618"
          ],
          "editableUntil" : "2025-06-16T15:38:59.495Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Realeastgat",
            "screen_name" : "the_realeastgat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3171301962454899",
            "id" : "3171301962454899"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1933641291028516270",
      "id_str" : "1934621733662271618",
      "in_reply_to_user_id" : "3171301962454899",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1934621733662271618",
      "in_reply_to_status_id" : "1933641291028516270",
      "created_at" : "Mon Jun 16 14:38:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realeastgat Hi there! A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Northside Transfer Center.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realeastgat",
      "in_reply_to_user_id_str" : "3171301962454899"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934615289150951765"
          ],
          "editableUntil" : "2025-06-16T15:13:23.004Z",
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
            "name" : "Skaterbusrider3",
            "screen_name" : "skaterbusrider3",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "28509179112407327",
            "id" : "28509179112407327"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1934249564768069602",
      "id_str" : "1934615289150951765",
      "in_reply_to_user_id" : "28509179112407327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934615289150951765",
      "in_reply_to_status_id" : "1934249564768069602",
      "created_at" : "Mon Jun 16 14:13:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterbusrider3 Hi! We apologize for the delay. The 10:05 trip is our busiest. We've asked planning to add a bus. Stay warm out there! 🙌😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterbusrider3",
      "in_reply_to_user_id_str" : "28509179112407327"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934410091730493538"
          ],
          "editableUntil" : "2025-06-16T01:38:00.127Z",
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
            "name" : "Lakesideeastgat",
            "screen_name" : "lakesideeastgat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "43210680241216841",
            "id" : "43210680241216841"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1934406623920492780",
      "id_str" : "1934410091730493538",
      "in_reply_to_user_id" : "43210680241216841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934410091730493538",
      "in_reply_to_status_id" : "1934406623920492780",
      "created_at" : "Mon Jun 16 00:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesideeastgat Hi there! Yes! Route 27 runs every 12 minutes before and after the Riverton Marathon. We're worikng on it together with operations!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesideeastgat",
      "in_reply_to_user_id_str" : "43210680241216841"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934237021710674506"
          ],
          "editableUntil" : "2025-06-15T14:10:17.018Z",
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
      "favorite_count" : "15",
      "id_str" : "1934237021710674506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934237021710674506",
      "created_at" : "Sun Jun 15 13:10:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Service update: Personal property items recovered from revenue vehicles may be retrieved at the Harbor Point Station customer se…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933722830938172667"
          ],
          "editableUntil" : "2025-06-14T04:07:04.385Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "117",
              "132"
            ]
          }
        ],
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
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1933722830938172667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933722830938172667",
      "created_at" : "Sat Jun 14 03:07:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Nothing beats the view of the river from Central Station on a clear morning. It is in the schedule. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933709804811245552"
          ],
          "editableUntil" : "2025-06-14T03:15:18.714Z",
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
              "109",
              "119"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/eK6XxsqV2x",
            "expanded_url" : "https://www.rrta.example/alerts/july-8-route-28",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1933709804811245552",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1933709804811245552",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 14 02:15:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on River Rd means Route 28 uses Chestnut St for now. Add about 45 minutes. https://t.co/eK6XxsqV2x #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933662925877160473"
          ],
          "editableUntil" : "2025-06-14T00:09:01.906Z",
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
              "158",
              "173"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/bicicJdSWz",
            "expanded_url" : "https://x.com/RivertonParks/status/1933597103680535698",
            "display_url" : "x.com/RivertonParks/statu…",
            "indices" : [
              "174",
              "197"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "3",
      "id_str" : "1933662925877160473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933662925877160473",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 13 23:09:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: the chili cook-off is this Tuesday at Southport Walmart. Looks like fun. Any changes to Route 5 will only be considered after a full evaluation. #TransitTuesday https://t.co/bicicJdSWz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933620219669557908"
          ],
          "editableUntil" : "2025-06-13T21:19:19.952Z",
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
              "169",
              "181"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "104",
              "114"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "1",
      "id_str" : "1933620219669557908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933620219669557908",
      "created_at" : "Fri Jun 13 20:19:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the real-time arrival signs on Friday, 1:20 at the Food Co-op. Kids welcome. Teamwork: @bencarter and our ops crew sorted out the 27 detour in an hour. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933537697706770054"
          ],
          "editableUntil" : "2025-06-13T15:51:25.183Z",
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
      "favorite_count" : "5",
      "id_str" : "1933537697706770054",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1933537697706770054",
      "created_at" : "Fri Jun 13 14:51:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Going to the River Hawks home opener? The Airport Flyer runs every 45 minutes until midnight on Friday. https://t.co/V5thgP…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933218884375977163"
          ],
          "editableUntil" : "2025-06-12T18:44:34.162Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ASWRMuqKHR",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1933026803476445566",
            "display_url" : "x.com/RivertonLibrary/sta…",
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
      "id_str" : "1933218884375977163",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1933218884375977163",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 12 17:44:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 41 riders: Riverton is beautiful today. Perfect day for a walk along the river in Bluffton. Saw 357 people at St. Luke's Clinic for the county fair. Riverton, you showed up! https://t.co/ASWRMuqKHR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933201081995998880"
          ],
          "editableUntil" : "2025-06-12T17:33:49.744Z",
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
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "112",
              "125"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/5REeYaaWYi",
            "expanded_url" : "https://www.rrta.example/news/cinco-de-mayo-festival",
            "display_url" : "www.rrta.example/news/cin…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "0",
      "id_str" : "1933201081995998880",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933201081995998880",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 12 16:33:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The new 39 timetable is out. Pick one up on the bus or see https://t.co/5REeYaaWYi Teamwork: @lena_fischer and our ops crew sorted out the 39 detour in an hour. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932996405035385717"
          ],
          "editableUntil" : "2025-06-12T04:00:30.953Z",
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
              "160",
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
      "favorite_count" : "2",
      "id_str" : "1932996405035385717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932996405035385717",
      "created_at" : "Thu Jun 12 03:00:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 38,774 people at Eastgate Transit Center for the Riverfront concert series. Riverton, you showed up! Fun fact: the Green Line crosses the river four times! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932803625454252713"
          ],
          "editableUntil" : "2025-06-11T15:14:28.720Z",
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
          },
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "108",
              "117"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "14",
      "id_str" : "1932803625454252713",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932803625454252713",
      "created_at" : "Wed Jun 11 14:14:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Nothing beats the view of the river from the fairgrounds on a clear morning. Great work by @RivBikes on Family Day at the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932774812728391434"
          ],
          "editableUntil" : "2025-06-11T13:19:59.230Z",
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
              "178",
              "192"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Znu1GSht2v",
            "expanded_url" : "https://x.com/bencarter/status/1932437658847133604",
            "display_url" : "x.com/bencarter/status/19…",
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
      "favorite_count" : "2",
      "id_str" : "1932774812728391434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932774812728391434",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 11 12:19:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Fairview. Heading to the Harvest Market? Ride free with your ticket on the 5 all day. Follow this thread for updates on the winter service plan. Thank you, Riverton! #accessibility https://t.co/Znu1GSht2v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932773788947881976"
          ],
          "editableUntil" : "2025-06-11T13:15:55.142Z",
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
      "favorite_count" : "10",
      "id_str" : "1932773788947881976",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1932773788947881976",
      "created_at" : "Wed Jun 11 12:15:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: The forthcoming service modification package will recalibrate Route 35 frequencies to reflect evolving ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1932532685450999222",
          "editControlInitial" : {
            "editTweetIds" : [
              "1932532685450999222",
              "1932537819104010474"
            ],
            "editableUntil" : "2025-06-10T21:17:51.589Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "id_str" : "1932537819104010474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932537819104010474",
      "created_at" : "Tue Jun 10 20:38:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: A rider told me she has taken the Red Line to the same job for 16 years and never once missed a shift. The summer block party is this Friday at the Farmers Market. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932532685450999222",
            "1932537819104010474"
          ],
          "editableUntil" : "2025-06-10T21:17:51.589Z",
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
        "198"
      ],
      "favorite_count" : "1",
      "id_str" : "1932532685450999222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932532685450999222",
      "created_at" : "Tue Jun 10 20:17:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: A rider told me she has taken the Red Line to the same job for 16 years and never once missed a shift. The summer block patry is this Friday at the Farmers Market. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932506355930231791"
          ],
          "editableUntil" : "2025-06-10T19:33:14.142Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "6",
      "id_str" : "1932506355930231791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932506355930231791",
      "created_at" : "Tue Jun 10 18:33:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The elevator at Southport Station is out of service. Use the ramp on the Elm St side. 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932457293225356488"
          ],
          "editableUntil" : "2025-06-10T16:18:16.682Z",
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
      "favorite_count" : "1",
      "id_str" : "1932457293225356488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932457293225356488",
      "created_at" : "Tue Jun 10 15:18:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: The City of Riverton has announced the schedule for the air show, which will take place at Riverton General Hospital. Teamwor…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932256447027071874"
          ],
          "editableUntil" : "2025-06-10T03:00:11.217Z",
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
        "109"
      ],
      "favorite_count" : "10",
      "id_str" : "1932256447027071874",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1932256447027071874",
      "created_at" : "Tue Jun 10 02:00:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: Nothing beats the view of the river from Lakeside Plaza on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932208603927705055"
          ],
          "editableUntil" : "2025-06-09T23:50:04.533Z",
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
      "favorite_count" : "2",
      "id_str" : "1932208603927705055",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932208603927705055",
      "created_at" : "Mon Jun 09 22:50:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Service update: The forthcoming service modification package will recalibrate Route 61 frequencies to reflect evolving ridership…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932076017908180030"
          ],
          "editableUntil" : "2025-06-09T15:03:13.562Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grandpa Dad65",
            "screen_name" : "grandpa_dad65",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "50685552632178547",
            "id" : "50685552632178547"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1932044486843465553",
      "id_str" : "1932076017908180030",
      "in_reply_to_user_id" : "50685552632178547",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932076017908180030",
      "in_reply_to_status_id" : "1932044486843465553",
      "created_at" : "Mon Jun 09 14:03:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_dad65 The last 38 leaves Harbor Point Station at 12:50 on weekdays. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_dad65",
      "in_reply_to_user_id_str" : "50685552632178547"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932047576354738710"
          ],
          "editableUntil" : "2025-06-09T13:10:12.568Z",
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
      "favorite_count" : "18",
      "id_str" : "1932047576354738710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932047576354738710",
      "created_at" : "Mon Jun 09 12:10:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: The 25 is on detour around Water St because of repaving. Catch it at the ballpark instead. We couldn't do this without ou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931900289011821423"
          ],
          "editableUntil" : "2025-06-09T03:24:56.529Z",
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
      "favorite_count" : "12",
      "id_str" : "1931900289011821423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931900289011821423",
      "created_at" : "Mon Jun 09 02:24:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Thank a bus driver today. Anita on the Red Line just hit 17 years with zero crashes. Not my area of expertise, so I asked @le…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931815429583395672"
          ],
          "editableUntil" : "2025-06-08T21:47:44.464Z",
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
            "name" : "Skaterjess1984",
            "screen_name" : "skaterjess1984",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3575134038980687",
            "id" : "3575134038980687"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Xee2TEdOjj",
            "expanded_url" : "https://www.rrta.example/news/jazz-festival",
            "display_url" : "www.rrta.example/news/jaz…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1931812995090377184",
      "id_str" : "1931815429583395672",
      "in_reply_to_user_id" : "3575134038980687",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931815429583395672",
      "in_reply_to_status_id" : "1931812995090377184",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jun 08 20:47:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterjess1984 Hey! New schedules start June 23. You can see them at https://t.co/Xee2TEdOjj Already posted this. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterjess1984",
      "in_reply_to_user_id_str" : "3575134038980687"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931169918013764613"
          ],
          "editableUntil" : "2025-06-07T03:02:42.513Z",
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
              "221",
              "229"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OZcvs25lJi",
            "expanded_url" : "https://x.com/RivCountyHealth/status/1930713698313499843",
            "display_url" : "x.com/RivCountyHealth/sta…",
            "indices" : [
              "230",
              "253"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "14",
      "id_str" : "1931169918013764613",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1931169918013764613",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 07 02:02:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Nothing beats the view of the river from Riverton Library on a clear morning. Update: earlier I said the survey closes Wednesday. It closes Sunday. My mistake. Every route we run connects our community. #busstop https://t.co/OZcvs25lJi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930675358514970271"
          ],
          "editableUntil" : "2025-06-05T18:17:30.340Z",
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
      "favorite_count" : "17",
      "id_str" : "1930675358514970271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930675358514970271",
      "created_at" : "Thu Jun 05 17:17:30 +0000 2025",
      "favorited" : false,
      "full_text" : "System-wide ridership metrics reflect a 20% year-over-year increase, driven by enhanced service levels on key corridors including Route 27. Our riders deserve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930610533123916669"
          ],
          "editableUntil" : "2025-06-05T13:59:54.762Z",
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
              "116",
              "130"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "131",
              "140"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1930609217207570057",
      "id_str" : "1930610533123916669",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1930610533123916669",
      "in_reply_to_status_id" : "1930609217207570057",
      "created_at" : "Thu Jun 05 12:59:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 22 carried 35 rides last week, up 20% from last year. Buses get our residents to jobs, school and the doctor. #accessibility #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930609217207570057"
          ],
          "editableUntil" : "2025-06-05T13:54:41.024Z",
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
        "84"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1930608893230999874",
      "id_str" : "1930609217207570057",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1930609217207570057",
      "in_reply_to_status_id" : "1930608893230999874",
      "created_at" : "Thu Jun 05 12:54:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Mr. Earl on Route 31 just hit 8 years with zero crashes. 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930608893230999874"
          ],
          "editableUntil" : "2025-06-05T13:53:23.781Z",
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
              "150",
              "166"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "0",
      "id_str" : "1930608893230999874",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930608893230999874",
      "created_at" : "Thu Jun 05 12:53:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Memorial Park on a clear morning. Every route we run connects our community. Have a great weekend, everyone! #RivertonTransit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930600382263683158"
          ],
          "editableUntil" : "2025-06-05T13:19:34.609Z",
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
              "112",
              "123"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "6",
      "id_str" : "1930600382263683158",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1930600382263683158",
      "created_at" : "Thu Jun 05 12:19:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 16 is on detour around Ogden Ave because of repaving. Catch it at Ogden Ave &amp; Cedar Ln instead. Thanks to @RivertonCC for the photo! Going live from the Bike to Work Day breakfast at 7:30, bring your questions! ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930539921066875279"
          ],
          "editableUntil" : "2025-06-05T09:19:19.536Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grandpakat1966",
            "screen_name" : "grandpakat1966",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "683094109792912",
            "id" : "683094109792912"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1930530980756284264",
      "id_str" : "1930539921066875279",
      "in_reply_to_user_id" : "683094109792912",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1930539921066875279",
      "in_reply_to_status_id" : "1930530980756284264",
      "created_at" : "Thu Jun 05 08:19:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpakat1966 Hey there! Yes! Fare capping works with phone pay too, on the 17 and every other route. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpakat1966",
      "in_reply_to_user_id_str" : "683094109792912"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930304858260512613"
          ],
          "editableUntil" : "2025-06-04T17:45:16.196Z",
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
            "name" : "Nursejust88",
            "screen_name" : "nursejust88",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "21119104694601226",
            "id" : "21119104694601226"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1930302447373392052",
      "id_str" : "1930304858260512613",
      "in_reply_to_user_id" : "21119104694601226",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930304858260512613",
      "in_reply_to_status_id" : "1930302447373392052",
      "created_at" : "Wed Jun 04 16:45:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursejust88 Hey there! Buses run until about an hour after the Riverton Marathon ends. We're working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursejust88",
      "in_reply_to_user_id_str" : "21119104694601226"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930235065149281612"
          ],
          "editableUntil" : "2025-06-04T13:07:56.221Z",
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
            "name" : "Eastgate Sam56",
            "screen_name" : "eastgate_sam56",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "6341140600117946",
            "id" : "6341140600117946"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xIop3w1VrQ",
            "expanded_url" : "https://www.rrta.example/alerts/april-3-route-42",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1930225640575212935",
      "id_str" : "1930235065149281612",
      "in_reply_to_user_id" : "6341140600117946",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1930235065149281612",
      "in_reply_to_status_id" : "1930225640575212935",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 04 12:07:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgate_sam56 Hi there! We're looking at service to Harbor Point as part of the bus shelter redesign. Tell us more here: https://t.co/xIop3w1VrQ Follow us for live updates on Route 42.",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgate_sam56",
      "in_reply_to_user_id_str" : "6341140600117946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930004515354009466"
          ],
          "editableUntil" : "2025-06-03T21:51:48.867Z",
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
            "name" : "Momriverton",
            "screen_name" : "momriverton",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1849888873401784",
            "id" : "1849888873401784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1930003138466473849",
      "id_str" : "1930004515354009466",
      "in_reply_to_user_id" : "1849888873401784",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930004515354009466",
      "in_reply_to_status_id" : "1930003138466473849",
      "created_at" : "Tue Jun 03 20:51:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@momriverton Hello! Yes, students ride free all summer with a school ID, the 28 included.",
      "lang" : "en",
      "in_reply_to_screen_name" : "momriverton",
      "in_reply_to_user_id_str" : "1849888873401784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929955849195070590"
          ],
          "editableUntil" : "2025-06-03T18:38:25.950Z",
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
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1929955849195070590",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929955849195070590",
      "created_at" : "Tue Jun 03 17:38:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Hawks home opene…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929936518395696263"
          ],
          "editableUntil" : "2025-06-03T17:21:37.129Z",
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
              "201",
              "209"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/jzY9r9rLUw",
            "expanded_url" : "https://www.rrta.example/news/dragon-boat-races",
            "display_url" : "www.rrta.example/news/dra…",
            "indices" : [
              "177",
              "200"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "6",
      "id_str" : "1929936518395696263",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929936518395696263",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 03 16:21:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Market St &amp; Westgate Blvd for Route 34? It's about 15 minutes out. Our first try at weekend service to Eastgate didn't work. Lesson learned, round two starts Friday. https://t.co/jzY9r9rLUw #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929650875266389201"
          ],
          "editableUntil" : "2025-06-02T22:26:34.500Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "2",
      "id_str" : "1929650875266389201",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1929650875266389201",
      "created_at" : "Mon Jun 02 21:26:34 +0000 2025",
      "favorited" : false,
      "full_text" : "If the 25 had a soundtrack, this morning it would be a slow jazz tune. Nothing beats the view of the river from Riverton Library on a clear morning. You all are the best. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929620178315252289"
          ],
          "editableUntil" : "2025-06-02T20:24:35.776Z",
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
        "urls" : [
          {
            "url" : "https://t.co/zbb4gstLbU",
            "expanded_url" : "https://www.rrta.example/news/cinco-de-mayo-festival",
            "display_url" : "www.rrta.example/news/cin…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "1929620178315252289",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929620178315252289",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 02 19:24:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Kids under 12 ride free all summer on every route, including the Blue Line. https://t.co/zbb4gstLbU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929536682811728892"
          ],
          "editableUntil" : "2025-06-02T14:52:48.897Z",
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
              "201",
              "213"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "273"
      ],
      "favorite_count" : "3",
      "id_str" : "1929536682811728892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929536682811728892",
      "created_at" : "Mon Jun 02 13:52:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 7X riders: the stop at Riverton General Hospital is closed this week. Walk one block to Riverside Dr. Great question! I don't know offhand, but our maintenance team does. Checking now. Teamwork: @oliviarides and our ops crew sorted out the Route 7X detour in an hour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929525208923850405"
          ],
          "editableUntil" : "2025-06-02T14:07:13.309Z",
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
        "105"
      ],
      "favorite_count" : "10",
      "id_str" : "1929525208923850405",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929525208923850405",
      "created_at" : "Mon Jun 02 13:07:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Sycamore Flats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929517837739217460"
          ],
          "editableUntil" : "2025-06-02T13:37:55.881Z",
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
      "favorite_count" : "2",
      "id_str" : "1929517837739217460",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1929517837739217460",
      "created_at" : "Mon Jun 02 12:37:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. Proud of our team for getting the 88 back o…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929372748018832585"
          ],
          "editableUntil" : "2025-06-02T04:01:23.796Z",
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
            "name" : "Jess Riverbend2",
            "screen_name" : "jess_riverbend2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "68990239971667056",
            "id" : "68990239971667056"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1929349334665574150",
      "id_str" : "1929372748018832585",
      "in_reply_to_user_id" : "68990239971667056",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929372748018832585",
      "in_reply_to_status_id" : "1929349334665574150",
      "created_at" : "Mon Jun 02 03:01:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@jess_riverbend2 Hey! Thanks! Our the 31 drivers work hard, and notes like this mean a lot. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_riverbend2",
      "in_reply_to_user_id_str" : "68990239971667056"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929332500869679728"
          ],
          "editableUntil" : "2025-06-02T01:21:28.128Z",
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
      "favorite_count" : "5",
      "id_str" : "1929332500869679728",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1929332500869679728",
      "created_at" : "Mon Jun 02 00:21:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Call it a sleepy kind of evening. Vertical circulation infrastructure at Southport Station is temporarily non-operatio…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928453128396697347"
          ],
          "editableUntil" : "2025-05-30T15:07:09.393Z",
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
            "name" : "Maria Nurse",
            "screen_name" : "maria_nurse",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "9927719494781178",
            "id" : "9927719494781178"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1928411535803492474",
      "id_str" : "1928453128396697347",
      "in_reply_to_user_id" : "9927719494781178",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928453128396697347",
      "in_reply_to_status_id" : "1928411535803492474",
      "created_at" : "Fri May 30 14:07:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_nurse Hello! Route 33 is running about 15 minutes behind because of a medical call on board. It should reach Prairie Ave &amp; Maple St around 4:45 pm. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_nurse",
      "in_reply_to_user_id_str" : "9927719494781178"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928422025813646264"
          ],
          "editableUntil" : "2025-05-30T13:03:33.959Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "0",
      "id_str" : "1928422025813646264",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1928422025813646264",
      "created_at" : "Fri May 30 12:03:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Deb on the 61 stopped to help a kid find his mom at West High School, then waved the whole bus goodbye. New curb ramp at Summit Ave &amp; Ferry St is done, so boarding with a wheelchair or stroller is easier. 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928245467747363041"
          ],
          "editableUntil" : "2025-05-30T01:21:59.236Z",
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
      "favorite_count" : "3",
      "id_str" : "1928245467747363041",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1928245467747363041",
      "created_at" : "Fri May 30 00:21:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Such a buzzing morning along Lincoln Blvd. More people are riding: 12,876 trips on Wednesday alone. It's in the schedule.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928182714661733860"
          ],
          "editableUntil" : "2025-05-29T21:12:37.734Z",
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
            "name" : "Coffeehey1985",
            "screen_name" : "coffeehey1985",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "43042218144243753",
            "id" : "43042218144243753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1928179875498161729",
      "id_str" : "1928182714661733860",
      "in_reply_to_user_id" : "43042218144243753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928182714661733860",
      "in_reply_to_status_id" : "1928179875498161729",
      "created_at" : "Thu May 29 20:12:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffeehey1985 Hi there! Ugh, sorry to hear that. Lost and found is at Northside Transfer Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Let us know if you need anything else. ☀️🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffeehey1985",
      "in_reply_to_user_id_str" : "43042218144243753"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928168146095439466"
          ],
          "editableUntil" : "2025-05-29T20:14:44.317Z",
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
              "240",
              "250"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1928167666824960967",
      "id_str" : "1928168146095439466",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928168146095439466",
      "in_reply_to_status_id" : "1928167666824960967",
      "created_at" : "Thu May 29 19:14:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 30,203 people at Riverton Community College for the Dragon Boat races. Riverton, you showed up! For the record, the 23 schedule was correct. Please check it before posting. Proud of our team for getting the 23 back on schedule so fast. #RiverDays",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928167666824960967"
          ],
          "editableUntil" : "2025-05-29T20:12:50.050Z",
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
              "176",
              "185"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/dW5ygdEMOT",
            "expanded_url" : "https://www.rrta.example/survey/canal-district",
            "display_url" : "www.rrta.example/survey/c…",
            "indices" : [
              "152",
              "175"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "29",
      "id_str" : "1928167666824960967",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928167666824960967",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 19:12:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Millworks Lofts on a clear morning. This is why transit matters: seniors get to Millworks Lofts without a car. https://t.co/dW5ygdEMOT #Riverton 😀🎉 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927498153468696786"
          ],
          "editableUntil" : "2025-05-27T23:52:25.627Z",
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
      "favorite_count" : "3",
      "id_str" : "1927498153468696786",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927498153468696786",
      "created_at" : "Tue May 27 22:52:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The river looks stubborn today. Nothing beats the view of the river from the Art Museum on a clear morning. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927474480588178689"
          ],
          "editableUntil" : "2025-05-27T22:18:21.573Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "22",
      "id_str" : "1927474480588178689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927474480588178689",
      "created_at" : "Tue May 27 21:18:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Quick look at the Better Stops program: the paint is finally dry. More soon. You asked about the Better Stops program. Here's where it stands: the paint is finally dry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927473229003383977"
          ],
          "editableUntil" : "2025-05-27T22:13:23.172Z",
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
              "115",
              "131"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7VmcSANUgj",
            "expanded_url" : "https://www.rrta.example/detours/route-41",
            "display_url" : "www.rrta.example/detours/…",
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
      "favorite_count" : "16",
      "id_str" : "1927473229003383977",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927473229003383977",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 21:13:23 +0000 2025",
      "favorited" : false,
      "full_text" : "The Airport Flyer gets later evening trips starting June 8. Last bus leaves Canal St &amp; Cedar Ln at 4:15. Thanks to @RivertonChamber for the photo! https://t.co/7VmcSANUgj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927109311273809150"
          ],
          "editableUntil" : "2025-05-26T22:07:18.424Z",
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
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "91",
              "103"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "0",
      "id_str" : "1927109311273809150",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927109311273809150",
      "created_at" : "Mon May 26 21:07:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on Route 61: a library books. Claim it at Southport Station lost and found. Kudos to @RivDowntown for the joint safety campaign. This is why transit matters: kids get to summer school for free.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927047912743325465"
          ],
          "editableUntil" : "2025-05-26T18:03:19.873Z",
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
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1927047912743325465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927047912743325465",
      "created_at" : "Mon May 26 17:03:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 25,336 people at Riverton Community College for the River Hawks home opener. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927005405930441480"
          ],
          "editableUntil" : "2025-05-26T15:14:25.459Z",
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
            "name" : "Nursecoffee49",
            "screen_name" : "nursecoffee49",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "60744373980270227",
            "id" : "60744373980270227"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1926308957925145831",
      "id_str" : "1927005405930441480",
      "in_reply_to_user_id" : "60744373980270227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927005405930441480",
      "in_reply_to_status_id" : "1926308957925145831",
      "created_at" : "Mon May 26 14:14:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursecoffee49 Hey there! We apologize for the delay. That's not OK. We've logged it and operations will review the video from bus 1146. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursecoffee49",
      "in_reply_to_user_id_str" : "60744373980270227"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926916201275907453"
          ],
          "editableUntil" : "2025-05-26T09:19:57.412Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerdhey1",
            "screen_name" : "transitnerdhey1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "13398862132231953",
            "id" : "13398862132231953"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1926913961265050842",
      "id_str" : "1926916201275907453",
      "in_reply_to_user_id" : "13398862132231953",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1926916201275907453",
      "in_reply_to_status_id" : "1926913961265050842",
      "created_at" : "Mon May 26 08:19:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdhey1 Hi there! The app can lag when buses lose GPS near Washington Ave. We've told our tech team. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdhey1",
      "in_reply_to_user_id_str" : "13398862132231953"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926812575734469930"
          ],
          "editableUntil" : "2025-05-26T02:28:11.158Z",
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
      "favorite_count" : "16",
      "id_str" : "1926812575734469930",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926812575734469930",
      "created_at" : "Mon May 26 01:28:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Service update: Update on the bus stop audit: testing starts Thursday. Any changes to Route 7X will only be considered after…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926374567967514579"
          ],
          "editableUntil" : "2025-05-24T21:27:41.969Z",
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
            "name" : "Kowl",
            "screen_name" : "kowl",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "32391751291518249",
            "id" : "32391751291518249"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1926373209987504361",
      "id_str" : "1926374567967514579",
      "in_reply_to_user_id" : "32391751291518249",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1926374567967514579",
      "in_reply_to_status_id" : "1926373209987504361",
      "created_at" : "Sat May 24 20:27:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@kowl Hi there! Yes, students ride free all sumemr with a school ID, the 31 included. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kowl",
      "in_reply_to_user_id_str" : "32391751291518249"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926102230670711657"
          ],
          "editableUntil" : "2025-05-24T03:25:31.697Z",
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
              "87",
              "95"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "96",
              "111"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1926101612019014223",
      "id_str" : "1926102230670711657",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926102230670711657",
      "in_reply_to_status_id" : "1926101612019014223",
      "created_at" : "Sat May 24 02:25:31 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Heads up: the 4 skips Terrace Pl until Thursday. The closest stop is the VA clinic. #busstop #TransitTuesday",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926101612019014223"
          ],
          "editableUntil" : "2025-05-24T03:23:04.199Z",
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
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1926100118544874696",
      "id_str" : "1926101612019014223",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926101612019014223",
      "in_reply_to_status_id" : "1926100118544874696",
      "created_at" : "Sat May 24 02:23:04 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Fare capping starts June 6: once you've paid $5 in a day, the rest of your rides are free. Appreciate every one of you. ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926100118544874696"
          ],
          "editableUntil" : "2025-05-24T03:17:08.127Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "93",
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
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1926099160437483658",
      "id_str" : "1926100118544874696",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926100118544874696",
      "in_reply_to_status_id" : "1926099160437483658",
      "created_at" : "Sat May 24 02:17:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 77 people at the Art Museum for the Bike to Work Day breakfast. Riverton, you showed up! #accessibility",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926099160437483658"
          ],
          "editableUntil" : "2025-05-24T03:13:19.697Z",
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
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "184",
              "200"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/zQ9GCVXvSG",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "219",
              "242"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "244"
      ],
      "favorite_count" : "8",
      "id_str" : "1926099160437483658",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926099160437483658",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 24 02:13:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Paratransit trips for Thursday can be booked until 10:00 today. Call or use the app. Correction: the 23 detour starts Thursday, not Saturday. Sorry, my mistake! H/t @mayaokafor_rrta for the heads up. https://t.co/zQ9GCVXvSG 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926021831338751951"
          ],
          "editableUntil" : "2025-05-23T22:06:03.003Z",
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
      "favorite_count" : "23",
      "id_str" : "1926021831338751951",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926021831338751951",
      "created_at" : "Fri May 23 21:06:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Customers should anticipate service delays on the 13 as a consequence of temporary lane capacity reductions; real-time arr…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925964775834403696"
          ],
          "editableUntil" : "2025-05-23T18:19:19.911Z",
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
              "212",
              "221"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "id_str" : "1925964775834403696",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1925964775834403696",
      "created_at" : "Fri May 23 17:19:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Buses on the 61 are about 25 min behind right now (heavy traffic). Thanks for your patience. We couldn't do this without our operators and mechanics. The information in our the 61 post was accurate as published. #Riverton 🙌💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925886012715738921"
          ],
          "editableUntil" : "2025-05-23T13:06:21.320Z",
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
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1925886012715738921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925886012715738921",
      "created_at" : "Fri May 23 12:06:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Service update: Overheard on Route 31A this morning: \"this bus is my thinking time.\" Going to the air show? Route 31A runs…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925883778291458508"
          ],
          "editableUntil" : "2025-05-23T12:57:28.591Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "6",
      "id_str" : "1925883778291458508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925883778291458508",
      "created_at" : "Fri May 23 11:57:28 +0000 2025",
      "favorited" : false,
      "full_text" : "A rain-soaked commute on the 29, as promised. Saw 7,384 people at the Art Museum for the art crawl. Riverton, you showed up! Our riders deserve reliable service. Make sense? 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925710293244689615"
          ],
          "editableUntil" : "2025-05-23T01:28:06.533Z",
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
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1925710293244689615",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1925710293244689615",
      "created_at" : "Fri May 23 00:28:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a scarf on bus 1462? It's waiting for you at Southport Station. You all are the best. #DetourAlert 👍❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925698655225114327"
          ],
          "editableUntil" : "2025-05-23T00:41:51.813Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1925698655225114327",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1925698655225114327",
      "created_at" : "Thu May 22 23:41:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: The City of Riverton has announced the schedule for the Dragon Boat races, which will take place at the county courthouse.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925689264510918366"
          ],
          "editableUntil" : "2025-05-23T00:04:32.892Z",
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
            "name" : "Oldmill Just200",
            "screen_name" : "oldmill_just200",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "6727014888405490",
            "id" : "6727014888405490"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1925677935655292014",
      "id_str" : "1925689264510918366",
      "in_reply_to_user_id" : "6727014888405490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925689264510918366",
      "in_reply_to_status_id" : "1925677935655292014",
      "created_at" : "Thu May 22 23:04:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_just200 We apologize for the delay. Check with lost and found at Northside Transfer Center. If your phone turns up, they'll hold it for 30 days. Thanks for your kind words! Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_just200",
      "in_reply_to_user_id_str" : "6727014888405490"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925653729985445033"
          ],
          "editableUntil" : "2025-05-22T21:43:20.801Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "120",
              "129"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1925653729985445033",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1925653729985445033",
      "created_at" : "Thu May 22 20:43:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Kingsley: more trips on the 25 starting June 11. We couldn't do this without our operators and mechanics. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925643898135404208"
          ],
          "editableUntil" : "2025-05-22T21:04:16.706Z",
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
      "favorite_count" : "9",
      "id_str" : "1925643898135404208",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925643898135404208",
      "created_at" : "Thu May 22 20:04:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Reminder: Saw 336 people at the Job Center for the food truck rally. Riverton, you showed up! Key deliverables will be operat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925571005679472019"
          ],
          "editableUntil" : "2025-05-22T16:14:37.790Z",
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
            "name" : "Kriverton1955",
            "screen_name" : "kriverton1955",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "58707305789843092",
            "id" : "58707305789843092"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QXQ028gKb0",
            "expanded_url" : "https://www.rrta.example/detours/route-37",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1925555190675444422",
      "id_str" : "1925571005679472019",
      "in_reply_to_user_id" : "58707305789843092",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925571005679472019",
      "in_reply_to_status_id" : "1925555190675444422",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 22 15:14:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@kriverton1955 Hey there! We're looking at service to Eastgate as part of the Main St bus lane. Tell us more here: https://t.co/QXQ028gKb0 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "kriverton1955",
      "in_reply_to_user_id_str" : "58707305789843092"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925322717847015447"
          ],
          "editableUntil" : "2025-05-21T23:48:01.358Z",
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
      "id_str" : "1925322717847015447",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1925322717847015447",
      "created_at" : "Wed May 21 22:48:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Pride in the Pa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925288643266515253"
          ],
          "editableUntil" : "2025-05-21T21:32:37.344Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Z Northside",
            "screen_name" : "z_northside",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "51024592940656228",
            "id" : "51024592940656228"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1925281793854894466",
      "id_str" : "1925288643266515253",
      "in_reply_to_user_id" : "51024592940656228",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1925288643266515253",
      "in_reply_to_status_id" : "1925281793854894466",
      "created_at" : "Wed May 21 20:32:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_northside Hi! So sorry to hear about your morning. The app can lag when buses lose GPS near Monroe St. We've told our tech team. Hope that helps! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_northside",
      "in_reply_to_user_id_str" : "51024592940656228"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925232255499845308"
          ],
          "editableUntil" : "2025-05-21T17:48:33.453Z",
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
      "favorite_count" : "1",
      "id_str" : "1925232255499845308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925232255499845308",
      "created_at" : "Wed May 21 16:48:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Service update: Effective May 31, the service change implementation will optimize headways on the 34 to enhance network-le…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925153520168998484"
          ],
          "editableUntil" : "2025-05-21T12:35:41.488Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
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
        "urls" : [
          {
            "url" : "https://t.co/J5rE4cmGgT",
            "expanded_url" : "https://x.com/chris_dunn/status/1924739726304862203",
            "display_url" : "x.com/chris_dunn/status/1…",
            "indices" : [
              "184",
              "207"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "2",
      "id_str" : "1925153520168998484",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925153520168998484",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 21 11:35:41 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Come tell us what you think about the Route 9 redesign at Millworks Lofts on Wednesday at 8:20. Appreciate every one of you. Every route we run connects our community. #transit https://t.co/J5rE4cmGgT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924848974151881396"
          ],
          "editableUntil" : "2025-05-20T16:25:32.059Z",
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
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1924848974151881396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924848974151881396",
      "created_at" : "Tue May 20 15:25:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Service update: More people are riding: 33,292 trips on Tuesday alone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924824290792879521"
          ],
          "editableUntil" : "2025-05-20T14:47:27.088Z",
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
        "140"
      ],
      "favorite_count" : "15",
      "id_str" : "1924824290792879521",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924824290792879521",
      "created_at" : "Tue May 20 13:47:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Tiny victory of the day: the Kenwood Ave &amp; Nicollet Ave shelter finally has its bench back. Waiting at Kenwood Ave &amp; N…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924815864203778227"
          ],
          "editableUntil" : "2025-05-20T14:13:58.032Z",
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
            "name" : "Bikegirlsam",
            "screen_name" : "bikegirlsam",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "48607045705748319",
            "id" : "48607045705748319"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1924798601380439857",
      "id_str" : "1924815864203778227",
      "in_reply_to_user_id" : "48607045705748319",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924815864203778227",
      "in_reply_to_status_id" : "1924798601380439857",
      "created_at" : "Tue May 20 13:13:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlsam Hey there! Yes, students ride free all summer with a school ID, Route 15 included. Stay warm out there! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlsam",
      "in_reply_to_user_id_str" : "48607045705748319"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924805755194001155"
          ],
          "editableUntil" : "2025-05-20T13:33:47.856Z",
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
      "favorite_count" : "11",
      "id_str" : "1924805755194001155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924805755194001155",
      "created_at" : "Tue May 20 12:33:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Pride in the Park is Monday. Buses will drop off at Cedar Ln &amp; University Ave, two blocks from the entrance. Going to Pride in the Park? The Blue Line runs every 45 minutes until midnight on Monday. Questions? Just ask! 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924638326513709906"
          ],
          "editableUntil" : "2025-05-20T02:28:29.748Z",
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
        "80"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1924637821191762796",
      "id_str" : "1924638326513709906",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924638326513709906",
      "in_reply_to_status_id" : "1924637821191762796",
      "created_at" : "Tue May 20 01:28:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the 16. Make sense?",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924637821191762796"
          ],
          "editableUntil" : "2025-05-20T02:26:29.270Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "78",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1924637001550919126",
      "id_str" : "1924637821191762796",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1924637821191762796",
      "in_reply_to_status_id" : "1924637001550919126",
      "created_at" : "Tue May 20 01:26:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a wallet on bus 1991? It is waiting for you at Central Station. #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924637001550919126"
          ],
          "editableUntil" : "2025-05-20T02:23:13.853Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "69",
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
        "81"
      ],
      "favorite_count" : "9",
      "id_str" : "1924637001550919126",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924637001550919126",
      "created_at" : "Tue May 20 01:23:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Riverton Library for Route 32? It's about 25 minutes out. #RiverDays 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924574592732796987"
          ],
          "editableUntil" : "2025-05-19T22:15:14.431Z",
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
        "115"
      ],
      "favorite_count" : "9",
      "id_str" : "1924574592732796987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924574592732796987",
      "created_at" : "Mon May 19 21:15:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: The Dragon Boat races is this Friday at the county courthouse. Looks like fun. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924478051661546587"
          ],
          "editableUntil" : "2025-05-19T15:51:37.246Z",
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
            "url" : "https://t.co/4yEelsHqxs",
            "expanded_url" : "https://x.com/RivertonParks/status/1923992710565388072",
            "display_url" : "x.com/RivertonParks/statu…",
            "indices" : [
              "184",
              "207"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "1",
      "id_str" : "1924478051661546587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924478051661546587",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 14:51:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Call it a gleaming kind of evening. In response to the flood warning, Riverton Regional Transit has activated inclement weather operational protocols across the network! https://t.co/4yEelsHqxs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924474442821940754"
          ],
          "editableUntil" : "2025-05-19T15:37:16.831Z",
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
      "favorite_count" : "13",
      "id_str" : "1924474442821940754",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924474442821940754",
      "created_at" : "Mon May 19 14:37:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Riverton is beautiful today. Perfect day for a walk along the river in Prairie View. Not my area of expertise, so I asked @…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924473317981041714"
          ],
          "editableUntil" : "2025-05-19T15:32:48.648Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "187",
              "196"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "5",
      "id_str" : "1924473317981041714",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924473317981041714",
      "created_at" : "Mon May 19 14:32:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 200 people at the county courthouse for the Riverfront concert series. Riverton, you showed up! The Riverfront concert series is this Monday at the county courthouse. Looks like fun. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924432493245722379"
          ],
          "editableUntil" : "2025-05-19T12:50:35.273Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "10",
      "id_str" : "1924432493245722379",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1924432493245722379",
      "created_at" : "Mon May 19 11:50:35 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has taken the 61 to the same job for 13 years and never once missed a shift. The jazz festival is this Thursday at Millworks Lofts. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923556529251816975"
          ],
          "editableUntil" : "2025-05-17T02:49:49.182Z",
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
            "name" : "Deems1970",
            "screen_name" : "deems1970",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "53586436660933260",
            "id" : "53586436660933260"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1923553170237405549",
      "id_str" : "1923556529251816975",
      "in_reply_to_user_id" : "53586436660933260",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923556529251816975",
      "in_reply_to_status_id" : "1923553170237405549",
      "created_at" : "Sat May 17 01:49:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@deems1970 Hi! Take Route 8 to Garfield Ave &amp; Oak Ave, it's a short walk from there. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "deems1970",
      "in_reply_to_user_id_str" : "53586436660933260"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923492138383968420"
          ],
          "editableUntil" : "2025-05-16T22:33:57.203Z",
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
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "1923492138383968420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923492138383968420",
      "created_at" : "Fri May 16 21:33:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Saw 19,203 people at Riverton General Hospital for the Cinco de Mayo festival. Riverton, you showed up! ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923475769111375879"
          ],
          "editableUntil" : "2025-05-16T21:28:54.464Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "21",
      "id_str" : "1923475769111375879",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923475769111375879",
      "created_at" : "Fri May 16 20:28:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the Eastgate station rebuild: the first buses arrive in May.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1923424418723379185",
          "editControlInitial" : {
            "editTweetIds" : [
              "1923424418723379185",
              "1923433654947387646"
            ],
            "editableUntil" : "2025-05-16T18:04:51.578Z",
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
        "202"
      ],
      "favorite_count" : "4",
      "id_str" : "1923433654947387646",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1923433654947387646",
      "created_at" : "Fri May 16 17:41:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts June 6: once you've paid $5 in a day, the rest of your rides are free. Buses get our residents to jobs, school and the doctor. Follow this thread for updates on the Route 9 redesign.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923424418723379185",
            "1923433654947387646"
          ],
          "editableUntil" : "2025-05-16T18:04:51.578Z",
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
        "202"
      ],
      "favorite_count" : "0",
      "id_str" : "1923424418723379185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923424418723379185",
      "created_at" : "Fri May 16 17:04:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare cpaping starts June 6: once you've paid $5 in a day, the rest of your rides are free. Buses get our residents to jobs, school and the doctor. Follow this thread for updates on the Route 9 redesign.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923001587422673863"
          ],
          "editableUntil" : "2025-05-15T14:04:40.740Z",
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
              "260",
              "268"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "196",
              "209"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "268"
      ],
      "favorite_count" : "4",
      "id_str" : "1923001587422673863",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923001587422673863",
      "created_at" : "Thu May 15 13:04:40 +0000 2025",
      "favorited" : false,
      "full_text" : "What a sleepy morning in Old Mill. Quick look at fare capping: the first 180 signs are installed. More soon. Any changes to the Night Owl will only be considered after a full evaluation. Kudos to @RiverHawksFC for the joint safety campaign. What do you think? #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922994691694415607"
          ],
          "editableUntil" : "2025-05-15T13:37:16.670Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "116",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Health Department",
            "screen_name" : "RivCountyHealth",
            "indices" : [
              "64",
              "80"
            ],
            "id_str" : "2178393687",
            "id" : "2178393687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "14",
      "id_str" : "1922994691694415607",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1922994691694415607",
      "created_at" : "Thu May 15 12:37:16 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 41,155 trips on Tuesday alone. Kudos to @RivCountyHealth for co-hosting the Harvest Market. #transit 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922750215054578828"
          ],
          "editableUntil" : "2025-05-14T21:25:48.897Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "48",
      "id_str" : "1922750215054578828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922750215054578828",
      "created_at" : "Wed May 14 20:25:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Mr. Stan has driven the Green Line for 26 years and still knows every regular by name.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922657723916952089"
          ],
          "editableUntil" : "2025-05-14T15:18:17.291Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tj Busrider1986",
            "screen_name" : "tj_busrider1986",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "36899943237437174",
            "id" : "36899943237437174"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1922614433660743315",
      "id_str" : "1922657723916952089",
      "in_reply_to_user_id" : "36899943237437174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922657723916952089",
      "in_reply_to_status_id" : "1922614433660743315",
      "created_at" : "Wed May 14 14:18:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_busrider1986 Thank you for contacting Riverton Regional Transit. Ugh, sorry to hear that. Capacity constraints on the Airport Flyer are being evaluated as part of ongoing service planning. 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_busrider1986",
      "in_reply_to_user_id_str" : "36899943237437174"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922653149176634779"
          ],
          "editableUntil" : "2025-05-14T15:00:06.588Z",
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
            "name" : "The Real Transi",
            "screen_name" : "the_real_transi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "71402310009419126",
            "id" : "71402310009419126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1922637978426030673",
      "id_str" : "1922653149176634779",
      "in_reply_to_user_id" : "71402310009419126",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922653149176634779",
      "in_reply_to_status_id" : "1922637978426030673",
      "created_at" : "Wed May 14 14:00:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_transi Ugh, sorry to hear that. Lost and found is at Southport Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Follow us for live updates on the 50. 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_transi",
      "in_reply_to_user_id_str" : "71402310009419126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922350582433025670"
          ],
          "editableUntil" : "2025-05-13T18:57:49.055Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "191",
              "199"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "133",
              "140"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gwCXmbdAGl",
            "expanded_url" : "https://www.rrta.example/maps/route-16",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "167",
              "190"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "22",
      "id_str" : "1922350582433025670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922350582433025670",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 13 17:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "What a golden day in Linden Park. If you ride the 16 through Linden Park, your stop moved to Linden St until Wednesday. Shout-out to @praman, who made the new 16 map. https://t.co/gwCXmbdAGl #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922304460411064853"
          ],
          "editableUntil" : "2025-05-13T15:54:32.708Z",
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
            "name" : "Mariamike",
            "screen_name" : "mariamike",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "58378399102328556",
            "id" : "58378399102328556"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1922128944915754684",
      "id_str" : "1922304460411064853",
      "in_reply_to_user_id" : "58378399102328556",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922304460411064853",
      "in_reply_to_status_id" : "1922128944915754684",
      "created_at" : "Tue May 13 14:54:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariamike Hello! Sorry to hear that. Check with lost and found at Central Station. If your water bottle turns up, they'll hold it for 30 days. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariamike",
      "in_reply_to_user_id_str" : "58378399102328556"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922289357753548203"
          ],
          "editableUntil" : "2025-05-13T14:54:31.954Z",
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
            "name" : "The Realnurse20",
            "screen_name" : "the_realnurse20",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "693407571386756",
            "id" : "693407571386756"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1922285739984583943",
      "id_str" : "1922289357753548203",
      "in_reply_to_user_id" : "693407571386756",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922289357753548203",
      "in_reply_to_status_id" : "1922285739984583943",
      "created_at" : "Tue May 13 13:54:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realnurse20 Thanks for reaching out. Take the 1 to Bridge St &amp; Kenwood Ave, it's a short walk from there. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realnurse20",
      "in_reply_to_user_id_str" : "693407571386756"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922285794680879010"
          ],
          "editableUntil" : "2025-05-13T14:40:22.451Z",
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
              "75",
              "83"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "1922285794680879010",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922285794680879010",
      "created_at" : "Tue May 13 13:40:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Update on the Route 9 redesign: the design is 60% done. #busstop 🥳❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922267570893434255"
          ],
          "editableUntil" : "2025-05-13T13:27:57.562Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/matSeWpilD",
            "expanded_url" : "https://x.com/praman/status/1921813329104108321",
            "display_url" : "x.com/praman/status/19218…",
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
      "id_str" : "1922267570893434255",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922267570893434255",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 13 12:27:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Saw 94 people at the ballpark for the Riverton Marathon. Riverton, you showed up! This is why transit matters: seniors get to the ballpark without a car. Make sense? ✨ https://t.co/matSeWpilD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921933597623773065"
          ],
          "editableUntil" : "2025-05-12T15:20:52.130Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Oldmillms26",
            "screen_name" : "oldmillms26",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "68772923840397340",
            "id" : "68772923840397340"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/LwzYnKtG2A",
            "expanded_url" : "https://www.rrta.example/alerts/may-7-route-7x",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1921898000338056774",
      "id_str" : "1921933597623773065",
      "in_reply_to_user_id" : "68772923840397340",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1921933597623773065",
      "in_reply_to_status_id" : "1921898000338056774",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 12 14:20:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmillms26 Thank you for contacting Riverton Regional Transit. Supplemental service will be deployed in support of the county fair; details are available at https://t.co/LwzYnKtG2A!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmillms26",
      "in_reply_to_user_id_str" : "68772923840397340"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921931077122918835"
          ],
          "editableUntil" : "2025-05-12T15:10:51.195Z",
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
            "name" : "Oldmillowl17",
            "screen_name" : "oldmillowl17",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "44991970510545091",
            "id" : "44991970510545091"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1921712032744133252",
      "id_str" : "1921931077122918835",
      "in_reply_to_user_id" : "44991970510545091",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921931077122918835",
      "in_reply_to_status_id" : "1921712032744133252",
      "created_at" : "Mon May 12 14:10:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmillowl17 We apologize for the inconvenience. Thanks for telling us. We've sent this to the Route 7 supervisor to talk with the driver. Riders like you make this job worth it. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmillowl17",
      "in_reply_to_user_id_str" : "44991970510545091"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921926535238215836"
          ],
          "editableUntil" : "2025-05-12T14:52:48.326Z",
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
              "97",
              "105"
            ]
          }
        ],
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
        "105"
      ],
      "favorite_count" : "13",
      "id_str" : "1921926535238215836",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921926535238215836",
      "created_at" : "Mon May 12 13:52:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: The winter service plan is moving. This week the first 33,785 signs are installed. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921898914782965490"
          ],
          "editableUntil" : "2025-05-12T13:03:03.096Z",
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
              "130",
              "139"
            ]
          }
        ],
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
      "favorite_count" : "2",
      "id_str" : "1921898914782965490",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1921898914782965490",
      "created_at" : "Mon May 12 12:03:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Harvest Market. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921881406461900296"
          ],
          "editableUntil" : "2025-05-12T11:53:28.787Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maria Dad",
            "screen_name" : "maria_dad",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "5471268117228850",
            "id" : "5471268117228850"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "5",
      "id_str" : "1921881406461900296",
      "in_reply_to_user_id" : "5471268117228850",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921881406461900296",
      "created_at" : "Mon May 12 10:53:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_dad Hi there! The 30 had a medical call on board and is catching up now. Next bus is 4 minutes out. As I said, the 30 is on time according to our system. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_dad",
      "in_reply_to_user_id_str" : "5471268117228850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921541178933413169"
          ],
          "editableUntil" : "2025-05-11T13:21:32.223Z",
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
      "favorite_count" : "8",
      "id_str" : "1921541178933413169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921541178933413169",
      "created_at" : "Sun May 11 12:21:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Please be advised: Boardings on the 21 reached 35,778 for the reporting period, exceeding established performance benchmark…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920942744500842641"
          ],
          "editableUntil" : "2025-05-09T21:43:34.336Z",
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
        "217"
      ],
      "favorite_count" : "4",
      "id_str" : "1920942744500842641",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1920942744500842641",
      "created_at" : "Fri May 09 20:43:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 72 people at Eastgate Transit Center for the air show. Riverton, you showed up! Any changes to the 29 will only be considered after a full evaluation. Proud of our team for getting the 29 back on schedule so fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920933332558709799"
          ],
          "editableUntil" : "2025-05-09T21:06:10.354Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "35",
      "id_str" : "1920933332558709799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920933332558709799",
      "created_at" : "Fri May 09 20:06:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Supplemental service deployment will support anticipated demand associated with Pride in the Park, with enhanced frequ…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920896397263056768"
          ],
          "editableUntil" : "2025-05-09T18:39:24.293Z",
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
        "104"
      ],
      "favorite_count" : "21",
      "id_str" : "1920896397263056768",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920896397263056768",
      "created_at" : "Fri May 09 17:39:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Quick look at the winter service plan: crews poured the last concrete pad. More soon. 😄✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920828653701207566"
          ],
          "editableUntil" : "2025-05-09T14:10:12.970Z",
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
      "favorite_count" : "5",
      "id_str" : "1920828653701207566",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920828653701207566",
      "created_at" : "Fri May 09 13:10:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Service update: In response to the flood warning, Riverton Regional Transit has activated inclement weather operational proto…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920520223235321679"
          ],
          "editableUntil" : "2025-05-08T17:44:37.416Z",
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
      "id_str" : "1920520223235321679",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920520223235321679",
      "created_at" : "Thu May 08 16:44:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Implementation of the Northside network plan continues to progress consistent with established timelines, with procurement a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920499015985666563"
          ],
          "editableUntil" : "2025-05-08T16:20:21.214Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1920499015985666563",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920499015985666563",
      "created_at" : "Thu May 08 15:20:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Riverton is beautiful today. Perfect day for a walk along the river in Cedar Heights. Going forward, deliverables shou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920217197867963317"
          ],
          "editableUntil" : "2025-05-07T21:40:30.539Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "0",
      "id_str" : "1920217197867963317",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920217197867963317",
      "created_at" : "Wed May 07 20:40:30 +0000 2025",
      "favorited" : false,
      "full_text" : "A foggy morning on the 28, as promised. Quick look at the electric bus rollout: the app beta has 208 testers. More soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920177775034262075"
          ],
          "editableUntil" : "2025-05-07T19:03:51.403Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "132",
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
      "favorite_count" : "9",
      "id_str" : "1920177775034262075",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920177775034262075",
      "created_at" : "Wed May 07 18:03:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Bluffton. Any questions, just reply here. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920085561491879202"
          ],
          "editableUntil" : "2025-05-07T12:57:25.981Z",
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
              "224",
              "232"
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
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1920084774933646760",
      "id_str" : "1920085561491879202",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1920085561491879202",
      "in_reply_to_status_id" : "1920084774933646760",
      "created_at" : "Wed May 07 11:57:25 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Picture this: sunrise over the river, a bus full of sleepy commuters and Mr. Earl humming along. You asked about the transit signal priority project. Here's where it stands: we picked the contractor. Stay cool out there! #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920084774933646760"
          ],
          "editableUntil" : "2025-05-07T12:54:18.451Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1920084168964935651",
      "id_str" : "1920084774933646760",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920084774933646760",
      "in_reply_to_status_id" : "1920084168964935651",
      "created_at" : "Wed May 07 11:54:18 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Saw 164 people at West High School for the art crawl. Riverton, you showed up! Riverton is beautiful today. Perfect day for a walk along the river in Cedar Heights. Proud of our team for getting the 34 back on schedule so fast. 🙏🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920084168964935651"
          ],
          "editableUntil" : "2025-05-07T12:51:53.977Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "241",
              "250"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "254"
      ],
      "favorite_count" : "0",
      "id_str" : "1920084168964935651",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1920084168964935651",
      "created_at" : "Wed May 07 11:51:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 4,408 people at Eastgate Transit Center for the Fourth of July fireworks. Riverton, you showed up! Our first try at a late bus after the Fourth of July fireworks didn't work. Lesson learned, round two starts Thursday. What do you think? #FareFree ✨ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920079193289320290"
          ],
          "editableUntil" : "2025-05-07T12:32:07.683Z",
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
            "url" : "https://t.co/upl12tQcwH",
            "expanded_url" : "https://x.com/RivertonCity/status/1919477450587679269",
            "display_url" : "x.com/RivertonCity/status…",
            "indices" : [
              "223",
              "246"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "4",
      "id_str" : "1920079193289320290",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1920079193289320290",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 07 11:32:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. A lane closure is slowing down the 50 and Route 19. Give yourself an extra 45 minutes. This is why transit matters: 29,733 people got to work today without a car. Stay cool out there! Anyone else seeing this? https://t.co/upl12tQcwH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919829164375038368"
          ],
          "editableUntil" : "2025-05-06T19:58:36.145Z",
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
              "80",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1919829164375038368",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1919829164375038368",
      "created_at" : "Tue May 06 18:58:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The ramp on bus 2208 is fixed and back in service on the 50. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919817046908418137"
          ],
          "editableUntil" : "2025-05-06T19:10:27.115Z",
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
      "id_str" : "1919817046908418137",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1919817046908418137",
      "created_at" : "Tue May 06 18:10:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: Supplemental service deployment will support anticipated demand associated with the Dragon Boat races, wi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919791567183305153"
          ],
          "editableUntil" : "2025-05-06T17:29:12.276Z",
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
              "152",
              "166"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "2",
      "id_str" : "1919791567183305153",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919791567183305153",
      "created_at" : "Tue May 06 16:29:12 +0000 2025",
      "favorited" : false,
      "full_text" : "The Cinco de Mayo festival is this Monday at Millworks Lofts. Looks like fun. Correction: the 26 detour starts Monday, not Saturday. Sorry, my mistake! #accessibility 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919768321461541796"
          ],
          "editableUntil" : "2025-05-06T15:56:50.064Z",
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
            "name" : "Lakesidetj",
            "screen_name" : "lakesidetj",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "66738305769157008",
            "id" : "66738305769157008"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "1919715179146017084",
      "id_str" : "1919768321461541796",
      "in_reply_to_user_id" : "66738305769157008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919768321461541796",
      "in_reply_to_status_id" : "1919715179146017084",
      "created_at" : "Tue May 06 14:56:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidetj Hi! Sorry for the wait. Thanks! We will pull bus 1278 for an AC check when it gets back to the garage. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidetj",
      "in_reply_to_user_id_str" : "66738305769157008"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919717930840500689"
          ],
          "editableUntil" : "2025-05-06T12:36:36.003Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1919717930840500689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919717930840500689",
      "created_at" : "Tue May 06 11:36:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk. Experime…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919552249956812062"
          ],
          "editableUntil" : "2025-05-06T01:38:14.602Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "1919552249956812062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919552249956812062",
      "created_at" : "Tue May 06 00:38:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Eastgate. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918735386213524293"
          ],
          "editableUntil" : "2025-05-03T19:32:19.109Z",
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
            "name" : "Owlmaria1973",
            "screen_name" : "owlmaria1973",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "62981292258485283",
            "id" : "62981292258485283"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1918730754002347947",
      "id_str" : "1918735386213524293",
      "in_reply_to_user_id" : "62981292258485283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918735386213524293",
      "in_reply_to_status_id" : "1918730754002347947",
      "created_at" : "Sat May 03 18:32:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlmaria1973 Route 20 is running about 12 minutes behind because of a bus breakdown. It should reach the Job Center around 1:25. We are working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlmaria1973",
      "in_reply_to_user_id_str" : "62981292258485283"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918658429356072618"
          ],
          "editableUntil" : "2025-05-03T14:26:31.165Z",
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
      "id_str" : "1918658429356072618",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918658429356072618",
      "created_at" : "Sat May 03 13:26:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Operational performance on Route 15 and Route 4 is temporarily impacted by a roadway incident necessitating emergency servi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918361718749242576"
          ],
          "editableUntil" : "2025-05-02T18:47:29.844Z",
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
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "154",
              "168"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "9",
      "id_str" : "1918361718749242576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918361718749242576",
      "created_at" : "Fri May 02 17:47:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a scarf on bus 1807? It is waiting for you at Central Station. Proud of our team for getting the 25 back on schedule so fast. Great work by @RivertonParks on graduation weekend. Go check out their post!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918330719877186708"
          ],
          "editableUntil" : "2025-05-02T16:44:19.136Z",
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
            "name" : "Lakeside Skater",
            "screen_name" : "lakeside_skater",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "41927428712324208",
            "id" : "41927428712324208"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1918253004101042467",
      "id_str" : "1918330719877186708",
      "in_reply_to_user_id" : "41927428712324208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918330719877186708",
      "in_reply_to_status_id" : "1918253004101042467",
      "created_at" : "Fri May 02 15:44:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_skater Hi there! Thanks for telling us. Comments about Millbrook go straight to our planners. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_skater",
      "in_reply_to_user_id_str" : "41927428712324208"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918033021575162072"
          ],
          "editableUntil" : "2025-05-01T21:01:22.330Z",
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
        "139"
      ],
      "favorite_count" : "17",
      "id_str" : "1918033021575162072",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1918033021575162072",
      "created_at" : "Thu May 01 20:01:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The river looks foggy today. Accessibility enhancements at the Riverton Library boarding location have been completed…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917927676682382103"
          ],
          "editableUntil" : "2025-05-01T14:02:46.151Z",
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
      "favorite_count" : "1",
      "id_str" : "1917927676682382103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917927676682382103",
      "created_at" : "Thu May 01 13:02:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Reminder: Operational performance on Route 20 and Route 28 is temporarily impacted by an at-grade rail crossing occupancy…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917587007905678074"
          ],
          "editableUntil" : "2025-04-30T15:29:04.385Z",
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
            "name" : "Mike Just",
            "screen_name" : "mike_just",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1079977043425464",
            "id" : "1079977043425464"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "1917563922645827623",
      "id_str" : "1917587007905678074",
      "in_reply_to_user_id" : "1079977043425464",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1917587007905678074",
      "in_reply_to_status_id" : "1917563922645827623",
      "created_at" : "Wed Apr 30 14:29:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_just Hello! We're sorry this happened. The bench at Hawthorne Rd &amp; Nicollet Ave is coming back next week, promise. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_just",
      "in_reply_to_user_id_str" : "1079977043425464"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917221068691333583"
          ],
          "editableUntil" : "2025-04-29T15:14:57.677Z",
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
            "name" : "Msdj",
            "screen_name" : "msdj",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "16967213268163020",
            "id" : "16967213268163020"
          },
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "98",
              "105"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1917180047296865116",
      "id_str" : "1917221068691333583",
      "in_reply_to_user_id" : "16967213268163020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917221068691333583",
      "in_reply_to_status_id" : "1917180047296865116",
      "created_at" : "Tue Apr 29 14:14:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@msdj Hey! Thanks! We'll pull bus 1145 for an AC check when it gets back to the garage. Thanks to @praman on our ops team for tracking this down. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msdj",
      "in_reply_to_user_id_str" : "16967213268163020"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916986170229789721"
          ],
          "editableUntil" : "2025-04-28T23:41:33.520Z",
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
      "favorite_count" : "11",
      "id_str" : "1916986170229789721",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916986170229789721",
      "created_at" : "Mon Apr 28 22:41:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: More people are riding: 117 trips on Friday alone. Ever seen the fairgrounds on a sparkling morning? Worth it. System-wide…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916981753984531223"
          ],
          "editableUntil" : "2025-04-28T23:24:00.605Z",
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
      "favorite_count" : "15",
      "id_str" : "1916981753984531223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916981753984531223",
      "created_at" : "Mon Apr 28 22:24:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Saw 21,043 people at Lakeside Plaza for the Harvest Market. Riverton, you showed up! Not my area of expertise, so I asked…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916912259053951984"
          ],
          "editableUntil" : "2025-04-28T18:47:51.723Z",
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
            "name" : "Harborriverton2",
            "screen_name" : "harborriverton2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "51450978898194232",
            "id" : "51450978898194232"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1916905006782454844",
      "id_str" : "1916912259053951984",
      "in_reply_to_user_id" : "51450978898194232",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1916912259053951984",
      "in_reply_to_status_id" : "1916905006782454844",
      "created_at" : "Mon Apr 28 17:47:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborriverton2 Hey there! That shouldn't happen at the Art Museum. Can you send us the time and direction so we can follow up? We're working on it together with operations. Safe travels! ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborriverton2",
      "in_reply_to_user_id_str" : "51450978898194232"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916907894757305289"
          ],
          "editableUntil" : "2025-04-28T18:30:31.193Z",
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
      "id_str" : "1916907894757305289",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916907894757305289",
      "created_at" : "Mon Apr 28 17:30:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Service update: Our maintenance workforce maintained fleet availability of 291 vehicles throughout the fog, reflecting ope…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916887603879314873"
          ],
          "editableUntil" : "2025-04-28T17:09:53.471Z",
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
            "name" : "Proftj2009",
            "screen_name" : "proftj2009",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "55499773523910104",
            "id" : "55499773523910104"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1916257008417529443",
      "id_str" : "1916887603879314873",
      "in_reply_to_user_id" : "55499773523910104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916887603879314873",
      "in_reply_to_status_id" : "1916257008417529443",
      "created_at" : "Mon Apr 28 16:09:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@proftj2009 Hi! Ugh, sorry to hear that. Thanks for telling us. We have sent this to the Route 23 supervisor to talk with the driver. We are working on it together with operations. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "proftj2009",
      "in_reply_to_user_id_str" : "55499773523910104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916870478899176915"
          ],
          "editableUntil" : "2025-04-28T16:01:50.557Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mike Mom",
            "screen_name" : "mike_mom",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "58452236631686745",
            "id" : "58452236631686745"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1916447747601059293",
      "id_str" : "1916870478899176915",
      "in_reply_to_user_id" : "58452236631686745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916870478899176915",
      "in_reply_to_status_id" : "1916447747601059293",
      "created_at" : "Mon Apr 28 15:01:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_mom So sorry to hear about your morning. Lost and found is at Harbor Point Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Our team is on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_mom",
      "in_reply_to_user_id_str" : "58452236631686745"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916108304951221768"
          ],
          "editableUntil" : "2025-04-26T13:33:14.128Z",
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
        "140"
      ],
      "favorite_count" : "7",
      "id_str" : "1916108304951221768",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916108304951221768",
      "created_at" : "Sat Apr 26 12:33:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The St. Patrick's parade is this Saturday at Riverton Library. Looks like fun. Any changes to the 35 will only be cons…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916107072394618187"
          ],
          "editableUntil" : "2025-04-26T13:28:20.263Z",
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
      "favorite_count" : "15",
      "id_str" : "1916107072394618187",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916107072394618187",
      "created_at" : "Sat Apr 26 12:28:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Service update: The City of Riverton has announced the schedule for the Riverton Marathon, which will take place at the A…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915841692397639423"
          ],
          "editableUntil" : "2025-04-25T19:53:48.741Z",
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
              "113",
              "124"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/SlCMFQ1W7G",
            "expanded_url" : "https://www.rrta.example/news/jazz-festival",
            "display_url" : "www.rrta.example/news/jaz…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1915841692397639423",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915841692397639423",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 25 18:53:48 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the microtransit zone in Southport. Take the 5-minute survey: https://t.co/SlCMFQ1W7G via @RivertonCC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915832928940315367"
          ],
          "editableUntil" : "2025-04-25T19:18:59.370Z",
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
        "94"
      ],
      "favorite_count" : "11",
      "id_str" : "1915832928940315367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915832928940315367",
      "created_at" : "Fri Apr 25 18:18:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Nothing beats the view of the river from Riverton Library on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915780709028660629"
          ],
          "editableUntil" : "2025-04-25T15:51:29.173Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Transitnerd Mr7",
            "screen_name" : "transitnerd_mr7",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "60530224387479382",
            "id" : "60530224387479382"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1915575787463134419",
      "id_str" : "1915780709028660629",
      "in_reply_to_user_id" : "60530224387479382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915780709028660629",
      "in_reply_to_status_id" : "1915575787463134419",
      "created_at" : "Fri Apr 25 14:51:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_mr7 Hey there! Sorry for the wait. The next 17 is about 4 minutes away from Riverton Community College. Appreciate you! Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_mr7",
      "in_reply_to_user_id_str" : "60530224387479382"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915737089034684352"
          ],
          "editableUntil" : "2025-04-25T12:58:09.356Z",
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
              "129",
              "143"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "8",
      "id_str" : "1915737089034684352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915737089034684352",
      "created_at" : "Fri Apr 25 11:58:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Ferry Landing. Every route we run connects our community. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915604026889110757"
          ],
          "editableUntil" : "2025-04-25T04:09:24.869Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "184",
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
      "favorite_count" : "34",
      "id_str" : "1915604026889110757",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915604026889110757",
      "created_at" : "Fri Apr 25 03:09:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Pride in the Park is Friday. Buses will drop off at Nicollet Ave &amp; Ogden Ave, two blocks from the entrance. Please share with your neighbors who ride the Blue Line! #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915587264263956468"
          ],
          "editableUntil" : "2025-04-25T03:02:48.347Z",
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
        "71"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1915586578782264013",
      "id_str" : "1915587264263956468",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915587264263956468",
      "in_reply_to_status_id" : "1915586578782264013",
      "created_at" : "Fri Apr 25 02:02:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: More people are riding: 8,797 trips on Friday alone.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915586578782264013"
          ],
          "editableUntil" : "2025-04-25T03:00:04.916Z",
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
              "152",
              "162"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "1",
      "id_str" : "1915586578782264013",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915586578782264013",
      "created_at" : "Fri Apr 25 02:00:04 +0000 2025",
      "favorited" : false,
      "full_text" : "If Route 8 had a soundtrack, this morning it would be a slow jazz tune. The summer block party is this Wednesday at the Farmers Market. Looks like fun. #RiverDays 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915570870161567207"
          ],
          "editableUntil" : "2025-04-25T01:57:39.689Z",
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
            "name" : "Bikegirllakesid",
            "screen_name" : "bikegirllakesid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "13168136855297532",
            "id" : "13168136855297532"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1915565864433736464",
      "id_str" : "1915570870161567207",
      "in_reply_to_user_id" : "13168136855297532",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915570870161567207",
      "in_reply_to_status_id" : "1915565864433736464",
      "created_at" : "Fri Apr 25 00:57:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirllakesid Yes! The 40 runs every 20 minutes before and after graduation weekend. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirllakesid",
      "in_reply_to_user_id_str" : "13168136855297532"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915501201283101172"
          ],
          "editableUntil" : "2025-04-24T21:20:49.334Z",
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
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1915501201283101172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915501201283101172",
      "created_at" : "Thu Apr 24 20:20:49 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Sky over the Senior Center: cozy. Nothing beats the view of the river from the Senior Center on a clear morning. Follo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915446702048913469"
          ],
          "editableUntil" : "2025-04-24T17:44:15.704Z",
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
      "id_str" : "1915446702048913469",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1915446702048913469",
      "created_at" : "Thu Apr 24 16:44:15 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Harvest Market. I apologi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915414148959285945"
          ],
          "editableUntil" : "2025-04-24T15:34:54.442Z",
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
            "name" : "Transitnerdoldm",
            "screen_name" : "transitnerdoldm",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1936881399396959",
            "id" : "1936881399396959"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1915162481156051551",
      "id_str" : "1915414148959285945",
      "in_reply_to_user_id" : "1936881399396959",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1915414148959285945",
      "in_reply_to_status_id" : "1915162481156051551",
      "created_at" : "Thu Apr 24 14:34:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdoldm Hi there! We apologize for the delay. That shouldn't happen at Riverton Library. Can you send us the time and direction so we can follow up? Follow us for live updates on Route 50. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdoldm",
      "in_reply_to_user_id_str" : "1936881399396959"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915413511552002885"
          ],
          "editableUntil" : "2025-04-24T15:32:22.473Z",
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
            "name" : "Riverbendhey198",
            "screen_name" : "riverbendhey198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48887298799616887",
            "id" : "48887298799616887"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "24",
      "in_reply_to_status_id_str" : "1915217467668178114",
      "id_str" : "1915413511552002885",
      "in_reply_to_user_id" : "48887298799616887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915413511552002885",
      "in_reply_to_status_id" : "1915217467668178114",
      "created_at" : "Thu Apr 24 14:32:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendhey198 Greetings. Sorry to hear that. Route 41 is currently impacted by elevated corridor congestion levels; service is anticipated to normalize shortly. Thank you for your patience and understanding!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendhey198",
      "in_reply_to_user_id_str" : "48887298799616887"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915393750044127899"
          ],
          "editableUntil" : "2025-04-24T14:13:50.962Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Rivert",
            "indices" : [
              "132",
              "139"
            ]
          }
        ],
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
      "favorite_count" : "5",
      "id_str" : "1915393750044127899",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1915393750044127899",
      "created_at" : "Thu Apr 24 13:13:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Municipal offices will observe modified operating hours on Friday in connection with the St. Patrick's parade. #Rivert…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915135813517206836"
          ],
          "editableUntil" : "2025-04-23T21:08:54.102Z",
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
        "115"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1915134516261082281",
      "id_str" : "1915135813517206836",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915135813517206836",
      "in_reply_to_status_id" : "1915134516261082281",
      "created_at" : "Wed Apr 23 20:08:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the high winds. Warming buses are parked at University Station and the VA clinic. Questions? Just ask!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915134516261082281"
          ],
          "editableUntil" : "2025-04-23T21:03:44.812Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "115",
              "127"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1915133060346976109",
      "id_str" : "1915134516261082281",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1915134516261082281",
      "in_reply_to_status_id" : "1915133060346976109",
      "created_at" : "Wed Apr 23 20:03:44 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 89 trips on Friday alone. The Blue Line carried 89 rides last week, up 17% from last year. #DetourAlert",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915133060346976109"
          ],
          "editableUntil" : "2025-04-23T20:57:57.695Z",
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
              "89",
              "99"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "100",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1915133060346976109",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915133060346976109",
      "created_at" : "Wed Apr 23 19:57:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dragon Boat races is this Tuesday at City Hall. Looks like fun. Thank you, Riverton! #RiverDays #accessibility 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915122788955381577"
          ],
          "editableUntil" : "2025-04-23T20:17:08.804Z",
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
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "109",
              "125"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "259"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1915121284458297865",
      "id_str" : "1915122788955381577",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915122788955381577",
      "in_reply_to_status_id" : "1915121284458297865",
      "created_at" : "Wed Apr 23 19:17:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the River Days festival is this Wednesday at the Art Museum. Looks like fun. Shout-out to @mayaokafor_rrta, who took these photos at the River Days festival. Great question! I don't know offhand, but our maintenance team does. Checking now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915121284458297865"
          ],
          "editableUntil" : "2025-04-23T20:11:10.104Z",
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
              "225",
              "233"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "32",
      "id_str" : "1915121284458297865",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915121284458297865",
      "created_at" : "Wed Apr 23 19:11:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the microtransit zone in Southport at the Amtrak station on Thursday at 4:25 pm. Open house about the microtransit zone in Southport on Thursday, 4:25 pm at the Amtrak station. Kids welcome. #transit 🚲 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915108688854842514"
          ],
          "editableUntil" : "2025-04-23T19:21:07.078Z",
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
        "94"
      ],
      "favorite_count" : "8",
      "id_str" : "1915108688854842514",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915108688854842514",
      "created_at" : "Wed Apr 23 18:21:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: The Bike to Work Day breakfast is this Thursday at City Hall. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915078321836325243"
          ],
          "editableUntil" : "2025-04-23T17:20:27.017Z",
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
      "favorite_count" : "2",
      "id_str" : "1915078321836325243",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1915078321836325243",
      "created_at" : "Wed Apr 23 16:20:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: The Dragon Boat races is this Tuesday at the Art Museum. Looks like fun. Great question! I don't know offhand, but our pl…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914876757237264052"
          ],
          "editableUntil" : "2025-04-23T03:59:30.272Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Heymom1952",
            "screen_name" : "heymom1952",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4654967860877680",
            "id" : "4654967860877680"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1914871103582863966",
      "id_str" : "1914876757237264052",
      "in_reply_to_user_id" : "4654967860877680",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1914876757237264052",
      "in_reply_to_status_id" : "1914871103582863966",
      "created_at" : "Wed Apr 23 02:59:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@heymom1952 Hello. A maintenance work order has been generated for the Sycamore St &amp; University Ave facility. We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heymom1952",
      "in_reply_to_user_id_str" : "4654967860877680"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914856652651572695"
          ],
          "editableUntil" : "2025-04-23T02:39:36.965Z",
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
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1914856652651572695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914856652651572695",
      "created_at" : "Wed Apr 23 01:39:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a keys on bus 1879? It's waiting for you at Harbor Point Station. Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914820120820314870"
          ],
          "editableUntil" : "2025-04-23T00:14:27.098Z",
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
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1914820120820314870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914820120820314870",
      "created_at" : "Tue Apr 22 23:14:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Road work on Prairie Ave means the Blue Line uses 3rd Ave for now. Add about 20 minutes. Great question! I don't know…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914800372734361308"
          ],
          "editableUntil" : "2025-04-22T22:55:58.787Z",
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
              "114",
              "123"
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
      "favorite_count" : "5",
      "id_str" : "1914800372734361308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914800372734361308",
      "created_at" : "Tue Apr 22 21:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the winter service plan on Thursday, 8:05 am at the ballpark. Kids welcome. Thank you, Riverton! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914704745504455742"
          ],
          "editableUntil" : "2025-04-22T16:35:59.479Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "140",
              "156"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1914703696596292128",
      "id_str" : "1914704745504455742",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1914704745504455742",
      "in_reply_to_status_id" : "1914703696596292128",
      "created_at" : "Tue Apr 22 15:35:59 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The county fair is Thursday. Buses will drop off at Riverton Library, two blocks from the entrance. Not my area of expertise, so I asked @mayaokafor_rrta. Answer coming soon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914703696596292128"
          ],
          "editableUntil" : "2025-04-22T16:31:49.399Z",
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
        "94"
      ],
      "favorite_count" : "19",
      "id_str" : "1914703696596292128",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1914703696596292128",
      "created_at" : "Tue Apr 22 15:31:49 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start May 11. Route 50 will come every 25 minutes on weekdays. #TransitTuesday 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914650914255439348"
          ],
          "editableUntil" : "2025-04-22T13:02:05.109Z",
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
            "url" : "https://t.co/TAb8SndVDx",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "1914650914255439348",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914650914255439348",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 22 12:02:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from St. Luke's Clinic on a clear morning. Thank you, Riverton! https://t.co/TAb8SndVDx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914405907634927438"
          ],
          "editableUntil" : "2025-04-21T20:48:30.978Z",
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
              "224",
              "234"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "29",
      "id_str" : "1914405907634927438",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1914405907634927438",
      "created_at" : "Mon Apr 21 19:48:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a sprawling afternoon along Oak Ave. Route 6 gets later evening trips starting April 27. Last bus leaves Oak Ave &amp; Kingsley Ave at 6:45. For the record, the Route 6 schedule was correct. Please check it before posting. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914344637821125977"
          ],
          "editableUntil" : "2025-04-21T16:45:03.117Z",
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
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "104",
              "118"
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
      "favorite_count" : "18",
      "id_str" : "1914344637821125977",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914344637821125977",
      "created_at" : "Mon Apr 21 15:45:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Nothing beats the view of the river from City Hall on a clear morning. Great work by @RivertonParks on the jazz festival…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914144394103704033"
          ],
          "editableUntil" : "2025-04-21T03:29:21.294Z",
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
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "118",
              "130"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bykFuq5AJv",
            "expanded_url" : "https://x.com/RivertonCC/status/1914018869480069522",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "160",
              "183"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "12",
      "id_str" : "1914144394103704033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914144394103704033",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 21 02:29:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Extra buses for the summer block party this Thursday! Skip the parking and ride Route 20. Thanks to @RivDowntown for the photo! Sound good? 🚍 https://t.co/bykFuq5AJv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913242410982422779"
          ],
          "editableUntil" : "2025-04-18T15:45:11.760Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Djnurse84",
            "screen_name" : "djnurse84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "43007532666853583",
            "id" : "43007532666853583"
          },
          {
            "name" : "Olivia Chen",
            "screen_name" : "oliviarides",
            "indices" : [
              "100",
              "112"
            ],
            "id_str" : "7516156638054555648",
            "id" : "7516156638054555648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1913223078619165988",
      "id_str" : "1913242410982422779",
      "in_reply_to_user_id" : "43007532666853583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913242410982422779",
      "in_reply_to_status_id" : "1913223078619165988",
      "created_at" : "Fri Apr 18 14:45:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@djnurse84 Hey there! We know the 12 arrivals have been off. A fix is going in this week. Thanks to @oliviarides on our ops team for tracking this down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "djnurse84",
      "in_reply_to_user_id_str" : "43007532666853583"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913239807212632571"
          ],
          "editableUntil" : "2025-04-18T15:34:50.973Z",
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
        "137"
      ],
      "favorite_count" : "13",
      "id_str" : "1913239807212632571",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1913239807212632571",
      "created_at" : "Fri Apr 18 14:34:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Family Day at the zoo is Thursday. Buses will drop off at Garfield Ave &amp; University Ave, two blocks from the entrance. 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913230292144693629"
          ],
          "editableUntil" : "2025-04-18T14:57:02.404Z",
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
        "133"
      ],
      "favorite_count" : "15",
      "id_str" : "1913230292144693629",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913230292144693629",
      "created_at" : "Fri Apr 18 13:57:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at Memorial Park!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1912999452381372487",
          "editControlInitial" : {
            "editTweetIds" : [
              "1912999452381372487",
              "1913008465512853800"
            ],
            "editableUntil" : "2025-04-17T23:39:45.915Z",
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
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "101",
              "111"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "249"
      ],
      "favorite_count" : "17",
      "id_str" : "1913008465512853800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913008465512853800",
      "created_at" : "Thu Apr 17 23:15:34 +0000 2025",
      "favorited" : false,
      "full_text" : "The 61 gets later evening trips starting May 8. Last bus leaves Eastgate Transit Center at 7:55. H/t @bencarter for the heads up. Earlier I said the 61 skips Kingsley Ave. I was wrong: only the Eastgate Transit Center stop is closed. Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912999452381372487",
            "1913008465512853800"
          ],
          "editableUntil" : "2025-04-17T23:39:45.915Z",
          "editsRemaining" : "4",
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
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "101",
              "111"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "249"
      ],
      "favorite_count" : "13",
      "id_str" : "1912999452381372487",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912999452381372487",
      "created_at" : "Thu Apr 17 22:39:45 +0000 2025",
      "favorited" : false,
      "full_text" : "The 61 gets later evening trips starting May 8. Last bus leaves Eastgate Transit Center at 7:55. H/t @bencarter for the haeds up. Earlier I said the 61 skips Kingsley Ave. I was wrong: only the Eastgate Transit Center stop is closed. Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912966194085100738"
          ],
          "editableUntil" : "2025-04-17T21:27:36.520Z",
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
        "urls" : [
          {
            "url" : "https://t.co/DRIkPRoSoj",
            "expanded_url" : "https://www.rrta.example/alerts/april-9-route-31a",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1912966194085100738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912966194085100738",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 17 20:27:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Waiting at Ogden Ave &amp; Water St for Route 31A? It's about 25 minutes out. https://t.co/DRIkPRoSoj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912886500611168870"
          ],
          "editableUntil" : "2025-04-17T16:10:56.115Z",
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
            "name" : "Busridertransit",
            "screen_name" : "busridertransit",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "58395244757327602",
            "id" : "58395244757327602"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/reBxnxmIi1",
            "expanded_url" : "https://www.rrta.example/alerts/july-8-route-25",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1912719317723536357",
      "id_str" : "1912886500611168870",
      "in_reply_to_user_id" : "58395244757327602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912886500611168870",
      "in_reply_to_status_id" : "1912719317723536357",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 17 15:10:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@busridertransit Hi there! New schedules start May 7. You can see them at https://t.co/reBxnxmIi1 We are working on it together with operations!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busridertransit",
      "in_reply_to_user_id_str" : "58395244757327602"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912870520106315756"
          ],
          "editableUntil" : "2025-04-17T15:07:26.066Z",
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
      "favorite_count" : "8",
      "id_str" : "1912870520106315756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912870520106315756",
      "created_at" : "Thu Apr 17 14:07:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Service update: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/N…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912639153496799740"
          ],
          "editableUntil" : "2025-04-16T23:48:03.967Z",
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
        "139"
      ],
      "favorite_count" : "15",
      "id_str" : "1912639153496799740",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912639153496799740",
      "created_at" : "Wed Apr 16 22:48:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk. Nothing…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912636338978768295"
          ],
          "editableUntil" : "2025-04-16T23:36:52.934Z",
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
        "140"
      ],
      "favorite_count" : "12",
      "id_str" : "1912636338978768295",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912636338978768295",
      "created_at" : "Wed Apr 16 22:36:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Operational performance on Route 11 and Route 88 is temporarily impacted by elevated corridor congestion levels, resulting…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912620818519357118"
          ],
          "editableUntil" : "2025-04-16T22:35:12.568Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "105",
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
        "123"
      ],
      "favorite_count" : "34",
      "id_str" : "1912620818519357118",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1912620818519357118",
      "created_at" : "Wed Apr 16 21:35:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the 28 cannot get down Bridge St today (a bridge inspection), so it is using Main St. #TransitTuesday 🙏😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912592266285432883"
          ],
          "editableUntil" : "2025-04-16T20:41:45.185Z",
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
              "175",
              "189"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "94",
              "105"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "0",
      "id_str" : "1912592266285432883",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912592266285432883",
      "created_at" : "Wed Apr 16 19:41:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the Riverside Express. Teamwork: @hwhitcombe and our ops crew sorted out the Riverside Express detour in an hour. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912590441683514760"
          ],
          "editableUntil" : "2025-04-16T20:34:30.166Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "3",
      "id_str" : "1912590441683514760",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912590441683514760",
      "created_at" : "Wed Apr 16 19:34:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Found on the 10: a jacket. Claim it at Northside Transfer Center lost and found. ✨👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1912556493226618323",
          "editControlInitial" : {
            "editTweetIds" : [
              "1912556493226618323",
              "1912560739656822107"
            ],
            "editableUntil" : "2025-04-16T18:19:36.223Z",
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
      "favorite_count" : "1",
      "id_str" : "1912560739656822107",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912560739656822107",
      "created_at" : "Wed Apr 16 17:36:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Hiroshi, who keeps Route 25 running through Ferry Landing every morning. Does that help? #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912556493226618323",
            "1912560739656822107"
          ],
          "editableUntil" : "2025-04-16T18:19:36.223Z",
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
      "favorite_count" : "4",
      "id_str" : "1912556493226618323",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912556493226618323",
      "created_at" : "Wed Apr 16 17:19:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Hiroshi, who keeps Route 25 running thruogh Ferry Landing every morning. Does that help? #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912508436112844014"
          ],
          "editableUntil" : "2025-04-16T15:08:38.514Z",
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
            "name" : "Bikegirloldmill",
            "screen_name" : "bikegirloldmill",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "43753185418034376",
            "id" : "43753185418034376"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1912501153015834071",
      "id_str" : "1912508436112844014",
      "in_reply_to_user_id" : "43753185418034376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912508436112844014",
      "in_reply_to_status_id" : "1912501153015834071",
      "created_at" : "Wed Apr 16 14:08:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirloldmill Hey! We're sorry for the trouble. Items found on buses go to Northside Transfer Center within a day. Give them a call at 555-0142.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirloldmill",
      "in_reply_to_user_id_str" : "43753185418034376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912247442821218895"
          ],
          "editableUntil" : "2025-04-15T21:51:32.865Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "83",
              "91"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "92",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1912246094966494614",
      "id_str" : "1912247442821218895",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1912247442821218895",
      "in_reply_to_status_id" : "1912246094966494614",
      "created_at" : "Tue Apr 15 20:51:32 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Marisol has driven Route 16 for 21 years and still knows every regular by name. #busstop #RivertonTransit",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912246094966494614"
          ],
          "editableUntil" : "2025-04-15T21:46:11.511Z",
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
              "214",
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
        "224"
      ],
      "favorite_count" : "10",
      "id_str" : "1912246094966494614",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912246094966494614",
      "created_at" : "Tue Apr 15 20:46:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Open house about the Northside network plan on Tuesday, 7:00 am at the Amtrak station. Kids welcome. Appreciate every one of you. You all asked, so here's a thread on the Northside network plan. #transit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912186220841485690"
          ],
          "editableUntil" : "2025-04-15T17:48:16.407Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1912186220841485690",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912186220841485690",
      "created_at" : "Tue Apr 15 16:48:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Nothing beats the view of the river from the Amtrak station on a clear morning. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912161064986429117"
          ],
          "editableUntil" : "2025-04-15T16:08:18.784Z",
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
        "264"
      ],
      "favorite_count" : "20",
      "id_str" : "1912161064986429117",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912161064986429117",
      "created_at" : "Tue Apr 15 15:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Overheard on the 33 this morning: \"this bus is my thinking time.\" A rain-soaked morning on the 33, as promised. Quick look at the student pass program: the design is 60% done. More soon. Fun fact: our oldest bus is older than two of our interns!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912155457739453053"
          ],
          "editableUntil" : "2025-04-15T15:46:01.912Z",
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
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1912155457739453053",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912155457739453053",
      "created_at" : "Tue Apr 15 14:46:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Saw 10,342 people at City Hall for graduation weekend. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911882028443012425"
          ],
          "editableUntil" : "2025-04-14T21:39:31.288Z",
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
          },
          {
            "name" : "Priya Raman",
            "screen_name" : "praman",
            "indices" : [
              "132",
              "139"
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
      "favorite_count" : "6",
      "id_str" : "1911882028443012425",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911882028443012425",
      "created_at" : "Mon Apr 14 20:39:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Municipal offices will observe modified operating hours on Tuesday in connection with Pride in the Park. Teamwork: @praman…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911870312640888538"
          ],
          "editableUntil" : "2025-04-14T20:52:58.023Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "103",
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
      "favorite_count" : "3",
      "id_str" : "1911870312640888538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911870312640888538",
      "created_at" : "Mon Apr 14 19:52:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the winter service plan on Thursday, 11:00 am at the county courthouse. Kids welcome. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911841215941139459"
          ],
          "editableUntil" : "2025-04-14T18:57:20.829Z",
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
      "favorite_count" : "4",
      "id_str" : "1911841215941139459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911841215941139459",
      "created_at" : "Mon Apr 14 17:57:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the summer block party. This is…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911839380051741642"
          ],
          "editableUntil" : "2025-04-14T18:50:03.119Z",
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
          },
          {
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "118",
              "131"
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
      "favorite_count" : "9",
      "id_str" : "1911839380051741642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911839380051741642",
      "created_at" : "Mon Apr 14 17:50:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Saw 367 people at the ballpark for the Bike to Work Day breakfast. Riverton, you showed up! Thanks to @RiverHawksFC for the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911828739486555615"
          ],
          "editableUntil" : "2025-04-14T18:07:46.210Z",
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
              "153",
              "160"
            ],
            "id_str" : "8392895123843556352",
            "id" : "8392895123843556352"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Sg1YIHWco7",
            "expanded_url" : "https://x.com/aishabello/status/1911500582927028795",
            "display_url" : "x.com/aishabello/status/1…",
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
      "favorite_count" : "2",
      "id_str" : "1911828739486555615",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1911828739486555615",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 14 17:07:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for the 3 riders: the snow is here. Buses are running but expect delays of 10 minutes. Every route we run connects our community. Shout-out to @praman, who took these photos at the Bike to Work Day breakfast! https://t.co/Sg1YIHWco7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911784453485115091"
          ],
          "editableUntil" : "2025-04-14T15:11:47.605Z",
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
            "name" : "Skaterhey88",
            "screen_name" : "skaterhey88",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "659454026376326",
            "id" : "659454026376326"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1910975263863599785",
      "id_str" : "1911784453485115091",
      "in_reply_to_user_id" : "659454026376326",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1911784453485115091",
      "in_reply_to_status_id" : "1910975263863599785",
      "created_at" : "Mon Apr 14 14:11:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterhey88 Hey there! We're sorry for the trouble. Route 22 had fog on the river road and is catching up now. Next bus is 12 minutes out. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterhey88",
      "in_reply_to_user_id_str" : "659454026376326"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911782147649900476"
          ],
          "editableUntil" : "2025-04-14T15:02:37.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakeside Mike19",
            "screen_name" : "lakeside_mike19",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "33730214022813615",
            "id" : "33730214022813615"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1910854335540317922",
      "id_str" : "1911782147649900476",
      "in_reply_to_user_id" : "33730214022813615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911782147649900476",
      "in_reply_to_status_id" : "1910854335540317922",
      "created_at" : "Mon Apr 14 14:02:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_mike19 Hey there! This is so nice to hear. We'll make sure Mr. Earl sees it. Hope that helps! 👍🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_mike19",
      "in_reply_to_user_id_str" : "33730214022813615"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911770360353461962"
          ],
          "editableUntil" : "2025-04-14T14:15:47.540Z",
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
      "favorite_count" : "28",
      "id_str" : "1911770360353461962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911770360353461962",
      "created_at" : "Mon Apr 14 13:15:47 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Service update: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911579468013685380"
          ],
          "editableUntil" : "2025-04-14T01:37:15.260Z",
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
        "90"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1911578973500884258",
      "id_str" : "1911579468013685380",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911579468013685380",
      "in_reply_to_status_id" : "1911578973500884258",
      "created_at" : "Mon Apr 14 00:37:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 173 people at Southport Walmart for the St. Patrick's parade. Riverton, you showed up!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911578973500884258"
          ],
          "editableUntil" : "2025-04-14T01:35:17.359Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "158",
              "170"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qYuqk59oLu",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1911578322732351471",
      "id_str" : "1911578973500884258",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911578973500884258",
      "in_reply_to_status_id" : "1911578322732351471",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 14 00:35:17 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ The art crawl is this Tuesday at Riverton Library. Looks like fun. This requires a holistic, multimodal interoperability paradigm. https://t.co/qYuqk59oLu #DetourAlert 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911578322732351471"
          ],
          "editableUntil" : "2025-04-14T01:32:42.204Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "198",
              "210"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1911577245440648534",
      "id_str" : "1911578322732351471",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1911578322732351471",
      "in_reply_to_status_id" : "1911577245440648534",
      "created_at" : "Mon Apr 14 00:32:42 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Please be advised: a medical call on board is slowing down Route 30 and Route 24. Give yourself an extra 15 minutes. We couldn't do this without our operators and mechanics. Thank you, Riverton! #DetourAlert",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911577245440648534"
          ],
          "editableUntil" : "2025-04-14T01:28:25.357Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "224",
              "236"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "0",
      "id_str" : "1911577245440648534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911577245440648534",
      "created_at" : "Mon Apr 14 00:28:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 31A is currently experiencing schedule adherence degradation of approximately 8 minutes attributable to adverse meteorological conditions. You all are the best. We couldn't do this without our operators and mechanics. #DetourAlert 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911402524613215392"
          ],
          "editableUntil" : "2025-04-13T13:54:08.666Z",
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
            "name" : "Nurse Hey",
            "screen_name" : "nurse_hey",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "67938538354359043",
            "id" : "67938538354359043"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1911400159005107421",
      "id_str" : "1911402524613215392",
      "in_reply_to_user_id" : "67938538354359043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911402524613215392",
      "in_reply_to_status_id" : "1911400159005107421",
      "created_at" : "Sun Apr 13 12:54:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurse_hey Hi there! Buses run until about an hour after the Riverfront concert series ends.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurse_hey",
      "in_reply_to_user_id_str" : "67938538354359043"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911143232666679740"
          ],
          "editableUntil" : "2025-04-12T20:43:48.648Z",
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
            "name" : "Jessdad2009",
            "screen_name" : "jessdad2009",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "10093149222063964",
            "id" : "10093149222063964"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1911140842475473410",
      "id_str" : "1911143232666679740",
      "in_reply_to_user_id" : "10093149222063964",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911143232666679740",
      "in_reply_to_status_id" : "1911140842475473410",
      "created_at" : "Sat Apr 12 19:43:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessdad2009 Hey! Thanks, we've sent a crew to the Amtrak station. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessdad2009",
      "in_reply_to_user_id_str" : "10093149222063964"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910883600815818842"
          ],
          "editableUntil" : "2025-04-12T03:32:07.591Z",
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
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "84",
              "95"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "9",
      "id_str" : "1910883600815818842",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910883600815818842",
      "created_at" : "Sat Apr 12 02:32:07 +0000 2025",
      "favorited" : false,
      "full_text" : "The art crawl is this Wednesday at the county courthouse. Looks like fun. Thanks to @RivertonPD for the photo! Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910809073386877307"
          ],
          "editableUntil" : "2025-04-11T22:35:58.868Z",
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
      "favorite_count" : "5",
      "id_str" : "1910809073386877307",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910809073386877307",
      "created_at" : "Fri Apr 11 21:35:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Going to the Dragon Boat races? The 41 runs every 25 minutes utnil midnight on Wednesday. Experiment time: free rides on the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910791260802850302"
          ],
          "editableUntil" : "2025-04-11T21:25:12.017Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1910791260802850302",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910791260802850302",
      "created_at" : "Fri Apr 11 20:25:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Service update: Going to the air show? Route 33 runs every 10 minutes until midnight on Friday. We're trying something…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910759751474026191"
          ],
          "editableUntil" : "2025-04-11T19:19:59.607Z",
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
      "id_str" : "1910759751474026191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910759751474026191",
      "created_at" : "Fri Apr 11 18:19:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Service update: Supplemental service deployment will support anticipated demand associated with Family Day at the zoo, with…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910733216665080043"
          ],
          "editableUntil" : "2025-04-11T17:34:33.216Z",
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
            "name" : "Heyharbor1967",
            "screen_name" : "heyharbor1967",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "19512708243873364",
            "id" : "19512708243873364"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Ri0eZvUns8",
            "expanded_url" : "https://www.rrta.example/alerts/april-14-route-28",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "185",
              "208"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1910731444407368144",
      "id_str" : "1910733216665080043",
      "in_reply_to_user_id" : "19512708243873364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910733216665080043",
      "in_reply_to_status_id" : "1910731444407368144",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 11 16:34:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyharbor1967 Hello! Sorry to hear that. Thanks for telling us. We've sent this to the Route 28 supervisor to talk with the driver. My bad, that link was broken. Here's the right one: https://t.co/Ri0eZvUns8 Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyharbor1967",
      "in_reply_to_user_id_str" : "19512708243873364"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910716519051259837"
          ],
          "editableUntil" : "2025-04-11T16:28:12.195Z",
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
      "favorite_count" : "9",
      "id_str" : "1910716519051259837",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1910716519051259837",
      "created_at" : "Fri Apr 11 15:28:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Municipal offices will observe modified operating hours on Thursday in connection with the county fair. Our value propositi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910699339671526785"
          ],
          "editableUntil" : "2025-04-11T15:19:56.311Z",
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
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "121",
              "130"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "2",
      "id_str" : "1910699339671526785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910699339671526785",
      "created_at" : "Fri Apr 11 14:19:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Fare capping starts April 17: once you've paid $5 in a day, the rest of your rides are free. Kudos to @RivBikes for the great photos. 🚏🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910415842622070183"
          ],
          "editableUntil" : "2025-04-10T20:33:25.348Z",
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
      "id_str" : "1910415842622070183",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910415842622070183",
      "created_at" : "Thu Apr 10 19:33:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The City of Riverton has announced the schedule for the county fair, which will take place at Riverton Community Colle…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910334420814551612"
          ],
          "editableUntil" : "2025-04-10T15:09:52.876Z",
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
            "name" : "Grandpatransitn",
            "screen_name" : "grandpatransitn",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "15630557481131881",
            "id" : "15630557481131881"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1910323169632138342",
      "id_str" : "1910334420814551612",
      "in_reply_to_user_id" : "15630557481131881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910334420814551612",
      "in_reply_to_status_id" : "1910323169632138342",
      "created_at" : "Thu Apr 10 14:09:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpatransitn Hey! We apologize for the delay. Thanks, West High School is closed for work. We've asked the trip planner folks to fix it. Hope that helps! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpatransitn",
      "in_reply_to_user_id_str" : "15630557481131881"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910323342747457212"
          ],
          "editableUntil" : "2025-04-10T14:25:51.659Z",
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
          },
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "106",
              "116"
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
      "favorite_count" : "0",
      "id_str" : "1910323342747457212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910323342747457212",
      "created_at" : "Thu Apr 10 13:25:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Nothing beats the view of the river from the Job Center on a clear morning. Shout-out to @bencarter, who answered 9,199 ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909975062805805261"
          ],
          "editableUntil" : "2025-04-09T15:21:55.250Z",
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
            "name" : "Jessgrandpa",
            "screen_name" : "jessgrandpa",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "52209664568350896",
            "id" : "52209664568350896"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "52",
      "in_reply_to_status_id_str" : "1909973693115831622",
      "id_str" : "1909975062805805261",
      "in_reply_to_user_id" : "52209664568350896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909975062805805261",
      "in_reply_to_status_id" : "1909973693115831622",
      "created_at" : "Wed Apr 09 14:21:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessgrandpa Thanks for reaching out. Sorry for the wait. Thanks, we have sent a crew to the county courthouse. Enjoy the ride! Hope that helps! 😄🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessgrandpa",
      "in_reply_to_user_id_str" : "52209664568350896"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909653537920758396"
          ],
          "editableUntil" : "2025-04-08T18:04:17.744Z",
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
            "url" : "https://t.co/E5Mp48TUgb",
            "expanded_url" : "https://x.com/RivertonChamber/status/1909377318216600421",
            "display_url" : "x.com/RivertonChamber/sta…",
            "indices" : [
              "206",
              "229"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "17",
      "id_str" : "1909653537920758396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909653537920758396",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 08 17:04:17 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Pat humming along. Buses on the 13 are about 25 min behind right now (a train at the crossing). Thanks for your patience. https://t.co/E5Mp48TUgb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909583407635964672"
          ],
          "editableUntil" : "2025-04-08T13:25:37.381Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1909583407635964672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909583407635964672",
      "created_at" : "Tue Apr 08 12:25:37 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start April 15. The 13 will come every 20 minutes on weekdays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909395998973355512"
          ],
          "editableUntil" : "2025-04-08T01:00:55.674Z",
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
      "favorite_count" : "14",
      "id_str" : "1909395998973355512",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1909395998973355512",
      "created_at" : "Tue Apr 08 00:00:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the VA clinic shelter today: \"thank you for the bench.\" It made our week. The paratransit booking app is moving. This week the first buses arrive in April. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909379364878784066"
          ],
          "editableUntil" : "2025-04-07T23:54:49.797Z",
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
              "140",
              "149"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/nuGjbJoyWH",
            "expanded_url" : "https://www.rrta.example/meetings/new-bike-racks-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "1",
      "id_str" : "1909379364878784066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909379364878784066",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 07 22:54:49 +0000 2025",
      "favorited" : false,
      "full_text" : "If you ride Route 7 through Old Mill, your stop moved to Monroe St until Wednesday. Have a great weekend, everyone! https://t.co/nuGjbJoyWH #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909268825225725864"
          ],
          "editableUntil" : "2025-04-07T16:35:35.090Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "163",
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
      "favorite_count" : "4",
      "id_str" : "1909268825225725864",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909268825225725864",
      "created_at" : "Mon Apr 07 15:35:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Quick look at the new trip planner: the council approved the funding. More soon. The information in our Route 4 post was accurate as published. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908866652364674168"
          ],
          "editableUntil" : "2025-04-06T13:57:29.608Z",
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
      "favorite_count" : "15",
      "id_str" : "1908866652364674168",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1908866652364674168",
      "created_at" : "Sun Apr 06 12:57:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Saw 1,311 people at the Food Co-op for the River Hawks home opener. Riverton, you showed up! This aligns with our strategi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908277847669114822"
          ],
          "editableUntil" : "2025-04-04T22:57:47.629Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "6",
      "id_str" : "1908277847669114822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908277847669114822",
      "created_at" : "Fri Apr 04 21:57:47 +0000 2025",
      "favorited" : false,
      "full_text" : "The river looks bustling today. Meet Kwame, who keeps the 7X running through Ferry Landing every morning. Kwame has driven the 7X for 11 years and still knows every regular by name. 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908251141076208768"
          ],
          "editableUntil" : "2025-04-04T21:11:40.281Z",
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
      "favorite_count" : "11",
      "id_str" : "1908251141076208768",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908251141076208768",
      "created_at" : "Fri Apr 04 20:11:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Boardings on Route 6 reached 20,294 for the reporting period, exceeding established performance benchmarks. https://t.co/f31…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908235501327074883"
          ],
          "editableUntil" : "2025-04-04T20:09:31.474Z",
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
            "name" : "Msmom42",
            "screen_name" : "msmom42",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "27756048975993441",
            "id" : "27756048975993441"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1908234668216060577",
      "id_str" : "1908235501327074883",
      "in_reply_to_user_id" : "27756048975993441",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1908235501327074883",
      "in_reply_to_status_id" : "1908234668216060577",
      "created_at" : "Fri Apr 04 19:09:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@msmom42 Hi there! Take Route 11 to Central Station, it's a short walk from there. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msmom42",
      "in_reply_to_user_id_str" : "27756048975993441"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908233305089362838"
          ],
          "editableUntil" : "2025-04-04T20:00:47.850Z",
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
      "favorite_count" : "1",
      "id_str" : "1908233305089362838",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1908233305089362838",
      "created_at" : "Fri Apr 04 19:00:47 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Stay safe in the thunderstorm. Warming buses are parked at Central Station and the ballpark. Our first try at a karaoke bu…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908209534121017510"
          ],
          "editableUntil" : "2025-04-04T18:26:20.410Z",
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
              "143",
              "152"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "18",
      "id_str" : "1908209534121017510",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1908209534121017510",
      "created_at" : "Fri Apr 04 17:26:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Old Mill. The Lantern Walk is this Friday at City Hall. Looks like fun. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908207672173873939"
          ],
          "editableUntil" : "2025-04-04T18:18:56.487Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1908206241878113094",
      "id_str" : "1908207672173873939",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908207672173873939",
      "in_reply_to_status_id" : "1908206241878113094",
      "created_at" : "Fri Apr 04 17:18:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the ice storm. Warming bsues are parked at Northside Transfer Center and Riverton Library.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908206241878113094"
          ],
          "editableUntil" : "2025-04-04T18:13:15.478Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTuesday",
            "indices" : [
              "59",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1908205252319676584",
      "id_str" : "1908206241878113094",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1908206241878113094",
      "in_reply_to_status_id" : "1908205252319676584",
      "created_at" : "Fri Apr 04 17:13:15 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ More people are riding: 34,347 trips on Thursday alone. #TransitTuesday 😀🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908205252319676584"
          ],
          "editableUntil" : "2025-04-04T18:09:19.549Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1908204349175747663",
      "id_str" : "1908205252319676584",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908205252319676584",
      "in_reply_to_status_id" : "1908204349175747663",
      "created_at" : "Fri Apr 04 17:09:19 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Please be advised: Waiting at Hawthorne Rd &amp; Franklin St for Route 24? It's about 12 minutes out. You all asked, so here's a thread on the Northside network plan.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908204349175747663"
          ],
          "editableUntil" : "2025-04-04T18:05:44.222Z",
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
        "233"
      ],
      "favorite_count" : "1",
      "id_str" : "1908204349175747663",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908204349175747663",
      "created_at" : "Fri Apr 04 17:05:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Come tell us what you think about the Northside network plan at the Food Co-op on Friday at 11:55 am. Earlier I said the 1 skips Washington Ave. I was wrong: only the Washington Ave &amp; Lincoln Blvd stop is closed. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907988926898260409"
          ],
          "editableUntil" : "2025-04-04T03:49:43.549Z",
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
        "215"
      ],
      "favorite_count" : "3",
      "id_str" : "1907988926898260409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907988926898260409",
      "created_at" : "Fri Apr 04 02:49:43 +0000 2025",
      "favorited" : false,
      "full_text" : "The Green Line gets later evening trips starting April 22. Last bus leaves Cedar Ln &amp; University Ave at 4:20 pm. Have a great weekend, everyone! Proud of our team for getting the Green Line back on schedule so fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907919938827201525"
          ],
          "editableUntil" : "2025-04-03T23:15:35.511Z",
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
        "217"
      ],
      "favorite_count" : "9",
      "id_str" : "1907919938827201525",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907919938827201525",
      "created_at" : "Thu Apr 03 22:15:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Eastgate is sparkling this commute. The elevator at Harbor Point Station is out of service. Use the ramp on the Union St side. You all asked, so here's a thread on the Main St bus lane. Have a great weekend, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907824722599405732"
          ],
          "editableUntil" : "2025-04-03T16:57:14.193Z",
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
        "93"
      ],
      "favorite_count" : "9",
      "id_str" : "1907824722599405732",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1907824722599405732",
      "created_at" : "Thu Apr 03 15:57:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Found on Route 11: a jacket. Claim it at Harbor Point Station lost and found!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907525520877039680"
          ],
          "editableUntil" : "2025-04-02T21:08:18.944Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1907524824391458900",
      "id_str" : "1907525520877039680",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907525520877039680",
      "in_reply_to_status_id" : "1907524824391458900",
      "created_at" : "Wed Apr 02 20:08:18 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Supplemental service deployment will support anticipated demand associated with the Lantern Walk, with enhanced frequency on the 15.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907524824391458900"
          ],
          "editableUntil" : "2025-04-02T21:05:32.889Z",
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
        "154"
      ],
      "favorite_count" : "1",
      "id_str" : "1907524824391458900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907524824391458900",
      "created_at" : "Wed Apr 02 20:05:32 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked about the bus shelter redesign. Here's where it stands: we picked the contractor. H/t @mayaokafor_rrta for the heads up. You all are the best. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907506542549856697"
          ],
          "editableUntil" : "2025-04-02T19:52:54.158Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "99",
              "107"
            ]
          }
        ],
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
        "107"
      ],
      "favorite_count" : "8",
      "id_str" : "1907506542549856697",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907506542549856697",
      "created_at" : "Wed Apr 02 18:52:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Nothing beats the view of the river from the county courthouse on a clear morning. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907463293748501571"
          ],
          "editableUntil" : "2025-04-02T17:01:02.840Z",
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
            "name" : "Kthe Real1966",
            "screen_name" : "kthe_real1966",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "18613807835719254",
            "id" : "18613807835719254"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1907413471414453407",
      "id_str" : "1907463293748501571",
      "in_reply_to_user_id" : "18613807835719254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907463293748501571",
      "in_reply_to_status_id" : "1907413471414453407",
      "created_at" : "Wed Apr 02 16:01:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@kthe_real1966 Hello! Route 39 had ice on the hills and is catching up now. Next bus is 15 minutes out. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kthe_real1966",
      "in_reply_to_user_id_str" : "18613807835719254"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907119016067271176"
          ],
          "editableUntil" : "2025-04-01T18:13:00.645Z",
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
      "favorite_count" : "2",
      "id_str" : "1907119016067271176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907119016067271176",
      "created_at" : "Tue Apr 01 17:13:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Municipal offices will observe modified operating hours on Tuesday in connection with graduation weekend. Share this with a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906716311565664497"
          ],
          "editableUntil" : "2025-03-31T15:32:48.410Z",
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
            "name" : "Just Mike4",
            "screen_name" : "just_mike4",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "40245540100432562",
            "id" : "40245540100432562"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "10",
      "id_str" : "1906716311565664497",
      "in_reply_to_user_id" : "40245540100432562",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1906716311565664497",
      "created_at" : "Mon Mar 31 14:32:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_mike4 Hi there! We are sorry this happened. Thanks! We will pull bus 1463 for an AC check when it gets back to the garage. Have a good one! 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_mike4",
      "in_reply_to_user_id_str" : "40245540100432562"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906683212473645790"
          ],
          "editableUntil" : "2025-03-31T13:21:16.971Z",
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
              "136",
              "148"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/0aBjmCbZg0",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1906484684912499651",
            "display_url" : "x.com/RiverHawksFC/status…",
            "indices" : [
              "170",
              "193"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "4",
      "id_str" : "1906683212473645790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906683212473645790",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 31 12:21:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Quarry Hill. Waiting at Kenwood Ave &amp; Vine St for Route 7X? It's about 20 minutes out. Not my area of expertise, so I asked @victor_lang. Answer coming soon. https://t.co/0aBjmCbZg0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906681490377186307"
          ],
          "editableUntil" : "2025-03-31T13:14:26.391Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "24",
      "id_str" : "1906681490377186307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906681490377186307",
      "created_at" : "Mon Mar 31 12:14:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Fare capping starts April 20: once you've paid $5 in a day, the rest of your rides are free. Any changes to Route 27 w…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905732077347081613"
          ],
          "editableUntil" : "2025-03-28T22:21:48.686Z",
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
        "228"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1905731629987911351",
      "id_str" : "1905732077347081613",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905732077347081613",
      "in_reply_to_status_id" : "1905731629987911351",
      "created_at" : "Fri Mar 28 21:21:48 +0000 2025",
      "favorited" : false,
      "full_text" : "If you ride the 35 throguh Lakeside, your stop moved to Railroad Ave until Wednesday. Road work on Westgate Blvd means the 35 uses Railroad Ave for now. Add about 5 minutes. Our riders deserve reliable service. Does that help? 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905731629987911351"
          ],
          "editableUntil" : "2025-03-28T22:20:02.027Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
      "favorite_count" : "49",
      "id_str" : "1905731629987911351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905731629987911351",
      "created_at" : "Fri Mar 28 21:20:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on Route 33: a water bottle. Claim it at University Station lost and found. Did you leave a water bottle on bus 1452? It's waiting for you at University Station. Have a great weekend, everyone! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905725994859044961"
          ],
          "editableUntil" : "2025-03-28T21:57:38.508Z",
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
      "favorite_count" : "4",
      "id_str" : "1905725994859044961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905725994859044961",
      "created_at" : "Fri Mar 28 20:57:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: The forthcoming service modification package will recalibrate Route 27 frequencies to reflect evolving ridership utilizati…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905658831752125050"
          ],
          "editableUntil" : "2025-03-28T17:30:45.575Z",
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
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1905658831752125050",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1905658831752125050",
      "created_at" : "Fri Mar 28 16:30:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Fairview is sparkling this morning. Nothing beats the view of the river from the Farmers Market on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905317796402067995"
          ],
          "editableUntil" : "2025-03-27T18:55:36.412Z",
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
      "favorite_count" : "0",
      "id_str" : "1905317796402067995",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905317796402067995",
      "created_at" : "Thu Mar 27 17:55:36 +0000 2025",
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
            "1905315830526470978"
          ],
          "editableUntil" : "2025-03-27T18:47:47.710Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "193",
              "202"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OKDaUwIW0p",
            "expanded_url" : "https://www.rrta.example/alerts/july-9-route-33",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "169",
              "192"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "8",
      "id_str" : "1905315830526470978",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1905315830526470978",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 27 17:47:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Riverbend. Please action accordingly and ensure alignment across stakeholders. https://t.co/OKDaUwIW0p #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1905268467339757004",
          "editControlInitial" : {
            "editTweetIds" : [
              "1905268467339757004",
              "1905269132123012095"
            ],
            "editableUntil" : "2025-03-27T15:39:35.447Z",
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
        "221"
      ],
      "favorite_count" : "1",
      "id_str" : "1905269132123012095",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1905269132123012095",
      "created_at" : "Thu Mar 27 14:42:13 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked about the electric bus rollout. Here's where it stands: the paint is finally dry. We couldn't do this without our operators and mechanics. This is why transit matters: 363 people got to work today without a car.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905268467339757004",
            "1905269132123012095"
          ],
          "editableUntil" : "2025-03-27T15:39:35.447Z",
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
        "221"
      ],
      "favorite_count" : "23",
      "id_str" : "1905268467339757004",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1905268467339757004",
      "created_at" : "Thu Mar 27 14:39:35 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked about the electric bus rollout. Here's where it stands: the paint is finally dry. We couldn't do this without our operators and mechanics. This is why tarnsit matters: 363 people got to work today without a car.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905231025770810936"
          ],
          "editableUntil" : "2025-03-27T13:10:48.681Z",
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
            "url" : "https://t.co/XYpJDOu02i",
            "expanded_url" : "https://www.rrta.example/detours/route-15",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "107",
              "130"
            ]
          },
          {
            "url" : "https://t.co/UB6aaBsvvg",
            "expanded_url" : "https://x.com/RivCountyHealth/status/1905197784848615842",
            "display_url" : "x.com/RivCountyHealth/sta…",
            "indices" : [
              "214",
              "237"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "2",
      "id_str" : "1905231025770810936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905231025770810936",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 27 12:10:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/XYpJDOu02i Great question! I don't know offhand, but our maintenance team does. Checking now. https://t.co/UB6aaBsvvg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905037634128704459"
          ],
          "editableUntil" : "2025-03-27T00:22:20.520Z",
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
      "favorite_count" : "7",
      "id_str" : "1905037634128704459",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905037634128704459",
      "created_at" : "Wed Mar 26 23:22:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Nothing beats the view of the river from Lakeside Plaza on a clear morning. Saw 249 people at Lakeside Plaza for the art craw…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904952209390529460"
          ],
          "editableUntil" : "2025-03-26T18:42:53.676Z",
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
            "name" : "Nurse Night1978",
            "screen_name" : "nurse_night1978",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "53726094391564347",
            "id" : "53726094391564347"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1904944754710685626",
      "id_str" : "1904952209390529460",
      "in_reply_to_user_id" : "53726094391564347",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1904952209390529460",
      "in_reply_to_status_id" : "1904944754710685626",
      "created_at" : "Wed Mar 26 17:42:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurse_night1978 Hello! Check with lost and found at Harbor Point Station. If your blue umbrella turns up, they'll hold it for 30 days. Sorry, my mistake. It's 12:05, not 5:25 am. 😊❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurse_night1978",
      "in_reply_to_user_id_str" : "53726094391564347"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904939802670786459"
          ],
          "editableUntil" : "2025-03-26T17:53:35.683Z",
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
            "name" : "Transitnerdsam2",
            "screen_name" : "transitnerdsam2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "31630050607779086",
            "id" : "31630050607779086"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1904658518738245056",
      "id_str" : "1904939802670786459",
      "in_reply_to_user_id" : "31630050607779086",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904939802670786459",
      "in_reply_to_status_id" : "1904658518738245056",
      "created_at" : "Wed Mar 26 16:53:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdsam2 Sorry to hear that. That shouldn't happen at Eastgate Transit Center. Can you send us the time and direction so we can follow up?",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdsam2",
      "in_reply_to_user_id_str" : "31630050607779086"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904916434962244270"
          ],
          "editableUntil" : "2025-03-26T16:20:44.387Z",
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
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "1904916434962244270",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904916434962244270",
      "created_at" : "Wed Mar 26 15:20:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Ferry Landing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904881287208242391"
          ],
          "editableUntil" : "2025-03-26T14:01:04.510Z",
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
              "133",
              "146"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "4",
      "id_str" : "1904881287208242391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904881287208242391",
      "created_at" : "Wed Mar 26 13:01:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 45,102 people at Riverton Community College for the jazz festival. Riverton, you showed up! Not my area of expertise, so I asked @lena_fischer. Answer coming soon. Appreciate every one of you. Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904869721394979188"
          ],
          "editableUntil" : "2025-03-26T13:15:07.005Z",
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
            "url" : "https://t.co/4GQQor5Hti",
            "expanded_url" : "https://x.com/victor_lang/status/1904652322637365707",
            "display_url" : "x.com/victor_lang/status/…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1904869721394979188",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904869721394979188",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 26 12:15:07 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Route 18 gets later evening trips starting April 1. Last bus leaves Park Ave &amp; State St at 7:20. https://t.co/4GQQor5Hti",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904613698008874376"
          ],
          "editableUntil" : "2025-03-25T20:17:46.273Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "201",
              "210"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "211",
              "219"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "106",
              "119"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/s08vQoXqt8",
            "expanded_url" : "https://x.com/praman/status/1904282299843193973",
            "display_url" : "x.com/praman/status/19042…",
            "indices" : [
              "220",
              "243"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "0",
      "id_str" : "1904613698008874376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904613698008874376",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 25 19:17:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Parkside. The ice storm is here. Buses are running but expect delays of 20 minutes. Teamwork: @lena_fischer and our ops crew sorted out the Route 19 detour in an hour. Stay cool out there! #Riverton #transit https://t.co/s08vQoXqt8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904561076326825215"
          ],
          "editableUntil" : "2025-03-25T16:48:40.286Z",
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
        "170"
      ],
      "favorite_count" : "2",
      "id_str" : "1904561076326825215",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1904561076326825215",
      "created_at" : "Tue Mar 25 15:48:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Paratransit trips for Tuesday can be booked until 10:40 am today. Call or use the app. This is why transit matters: kids get to summer school for free.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904524934797196694"
          ],
          "editableUntil" : "2025-03-25T14:25:03.474Z",
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
        "172"
      ],
      "favorite_count" : "10",
      "id_str" : "1904524934797196694",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1904524934797196694",
      "created_at" : "Tue Mar 25 13:25:03 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 29 trips on Friday alone. The 24 carried 29 rides last week, up 26% from last year. This is why transit matters: kids get to summer school for free.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904263841838255501"
          ],
          "editableUntil" : "2025-03-24T21:07:34.062Z",
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
        "140"
      ],
      "favorite_count" : "25",
      "id_str" : "1904263841838255501",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904263841838255501",
      "created_at" : "Mon Mar 24 20:07:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Members of the public are invited to provide feedback regarding the transit signal priority project via the designated comm…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904228072680200156"
          ],
          "editableUntil" : "2025-03-24T18:45:26.030Z",
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
            "name" : "Harbor Prof49",
            "screen_name" : "harbor_prof49",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "46562813211775940",
            "id" : "46562813211775940"
          },
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "156",
              "172"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1904225109867364272",
      "id_str" : "1904228072680200156",
      "in_reply_to_user_id" : "46562813211775940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904228072680200156",
      "in_reply_to_status_id" : "1904225109867364272",
      "created_at" : "Mon Mar 24 17:45:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_prof49 Thanks for reaching out. We apologize for the delay. Thanks for flagging. Crews are on the way. Use the Nicollet Ave ramp for now. Thanks to @gregtanaka_rrta on our ops team for tracking this down. 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbor_prof49",
      "in_reply_to_user_id_str" : "46562813211775940"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904183533357029775"
          ],
          "editableUntil" : "2025-03-24T15:48:27.028Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "1904183533357029775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904183533357029775",
      "created_at" : "Mon Mar 24 14:48:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. This is why trans…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904178491587134759"
          ],
          "editableUntil" : "2025-03-24T15:28:24.976Z",
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
            "name" : "Dee Oldmill87",
            "screen_name" : "dee_oldmill87",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "21013799594377207",
            "id" : "21013799594377207"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1903425778259957331",
      "id_str" : "1904178491587134759",
      "in_reply_to_user_id" : "21013799594377207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904178491587134759",
      "in_reply_to_status_id" : "1903425778259957331",
      "created_at" : "Mon Mar 24 14:28:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_oldmill87 Thanks for reaching out. Thanks for telling us. Comments about Parkside go straight to our planners. ☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_oldmill87",
      "in_reply_to_user_id_str" : "21013799594377207"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904176556337251610"
          ],
          "editableUntil" : "2025-03-24T15:20:43.577Z",
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
            "name" : "Justmom",
            "screen_name" : "justmom",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "30952582826289770",
            "id" : "30952582826289770"
          },
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "85",
              "95"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1903264615706717630",
      "id_str" : "1904176556337251610",
      "in_reply_to_user_id" : "30952582826289770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904176556337251610",
      "in_reply_to_status_id" : "1903264615706717630",
      "created_at" : "Mon Mar 24 14:20:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@justmom Hey there! Buses run until about an hour after the air show ends. Thanks to @bencarter on our ops team for tracking this down. 🚌",
      "lang" : "en",
      "in_reply_to_screen_name" : "justmom",
      "in_reply_to_user_id_str" : "30952582826289770"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904175350648165025"
          ],
          "editableUntil" : "2025-03-24T15:15:56.118Z",
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
            "name" : "Northside Coffe",
            "screen_name" : "northside_coffe",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "6613910246724731",
            "id" : "6613910246724731"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1904160179618110347",
      "id_str" : "1904175350648165025",
      "in_reply_to_user_id" : "6613910246724731",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904175350648165025",
      "in_reply_to_status_id" : "1904160179618110347",
      "created_at" : "Mon Mar 24 14:15:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_coffe Hello! Thanks! We'll pull bus 2081 for an AC check when it gets back to the garage. We're testing weekend service to Oak Grove soon, so your feedback really helps. Have a good one! 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_coffe",
      "in_reply_to_user_id_str" : "6613910246724731"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903295694416196364"
          ],
          "editableUntil" : "2025-03-22T05:00:29.729Z",
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
            "name" : "Katharbor96",
            "screen_name" : "katharbor96",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "69277951423877553",
            "id" : "69277951423877553"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1903290115602267732",
      "id_str" : "1903295694416196364",
      "in_reply_to_user_id" : "69277951423877553",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903295694416196364",
      "in_reply_to_status_id" : "1903290115602267732",
      "created_at" : "Sat Mar 22 04:00:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@katharbor96 Hi! We hear you. Saturday servcie on Route 34 is on the list for the next service change. Riders like you make this job worth it. Let us know if you need anything else. 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "katharbor96",
      "in_reply_to_user_id_str" : "69277951423877553"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903087269006230739"
          ],
          "editableUntil" : "2025-03-21T15:12:17.239Z",
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
            "name" : "Northsidebikegi",
            "screen_name" : "northsidebikegi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "61638679758557940",
            "id" : "61638679758557940"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1903062947025398852",
      "id_str" : "1903087269006230739",
      "in_reply_to_user_id" : "61638679758557940",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903087269006230739",
      "in_reply_to_status_id" : "1903062947025398852",
      "created_at" : "Fri Mar 21 14:12:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidebikegi Hello! This is so nice to hear. We will make sure Anita sees it. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidebikegi",
      "in_reply_to_user_id_str" : "61638679758557940"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903068561678470089"
          ],
          "editableUntil" : "2025-03-21T13:57:57.065Z",
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
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1903068561678470089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903068561678470089",
      "created_at" : "Fri Mar 21 12:57:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: You can now pay with your phone on every bus, Route 22 too. Tap the reader by the driver. Thank you, Riverton!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902799265335518922"
          ],
          "editableUntil" : "2025-03-20T20:07:51.813Z",
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
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1902799265335518922",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902799265335518922",
      "created_at" : "Thu Mar 20 19:07:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: The Riverton Marathon is this Thursday at St. Luke's Clinic. Looks like fun!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902787235721021074"
          ],
          "editableUntil" : "2025-03-20T19:20:03.730Z",
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
      "favorite_count" : "2",
      "id_str" : "1902787235721021074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902787235721021074",
      "created_at" : "Thu Mar 20 18:20:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Saw 21,053 people at Riverton Library for the Dragon Boat races. Riverton, you showed up! Follow this thread for updates…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902738191428768883"
          ],
          "editableUntil" : "2025-03-20T16:05:10.659Z",
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
      "id_str" : "1902738191428768883",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902738191428768883",
      "created_at" : "Thu Mar 20 15:05:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: System-wide ridership metrics reflect a 27% year-over-year increase, driven by enhanced service levels on key corridor…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902735099250769413"
          ],
          "editableUntil" : "2025-03-20T15:52:53.427Z",
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
              "106",
              "114"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1902735099250769413",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902735099250769413",
      "created_at" : "Thu Mar 20 14:52:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: The Riverfront concert series is this Wednesday at Riverton Library. Looks like fun. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902561938584342142"
          ],
          "editableUntil" : "2025-03-20T04:24:48.706Z",
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
      "favorite_count" : "22",
      "id_str" : "1902561938584342142",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1902561938584342142",
      "created_at" : "Thu Mar 20 03:24:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Did you leave a headphones on bus 2085? It's waiting for you at University Station. Great question! I don't know offha…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902424873185126234"
          ],
          "editableUntil" : "2025-03-19T19:20:09.769Z",
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
              "126",
              "138"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3jwJvzv9Iq",
            "expanded_url" : "https://www.rrta.example/schedules/march-24",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "id_str" : "1902424873185126234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902424873185126234",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 19 18:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "The new Route 88 timetable is out. Pick one up on the bus or see https://t.co/3jwJvzv9Iq Not my area of expertise, so I asked @victor_lang. Answer coming soon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902375981537568500"
          ],
          "editableUntil" : "2025-03-19T16:05:53.092Z",
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
        "140"
      ],
      "favorite_count" : "16",
      "id_str" : "1902375981537568500",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902375981537568500",
      "created_at" : "Wed Mar 19 15:05:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Mr. Leon has driven the Night Owl for 15 years and still knows every regular by name. We are trying something new: a t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902361255915872025"
          ],
          "editableUntil" : "2025-03-19T15:07:22.230Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lakeside Night",
            "screen_name" : "lakeside_night",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "64212263391026518",
            "id" : "64212263391026518"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1902145707012949017",
      "id_str" : "1902361255915872025",
      "in_reply_to_user_id" : "64212263391026518",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1902361255915872025",
      "in_reply_to_status_id" : "1902145707012949017",
      "created_at" : "Wed Mar 19 14:07:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_night Hey! Thanks! Our Route 13 drivers work hard, and notes like this mean a lot. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_night",
      "in_reply_to_user_id_str" : "64212263391026518"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902173019993312497"
          ],
          "editableUntil" : "2025-03-19T02:39:23.289Z",
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
              "180",
              "189"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "190",
              "199"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "0",
      "id_str" : "1902173019993312497",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1902173019993312497",
      "created_at" : "Wed Mar 19 01:39:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Nothing beats the view of the river from Riverton Library on a clear morning. The Bike to Work Day breakfast is this Friday at Riverton Library. Looks like fun. #Riverton #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902139702228546582"
          ],
          "editableUntil" : "2025-03-19T00:26:59.714Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "181",
              "190"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "143",
              "159"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "0",
      "id_str" : "1902139702228546582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902139702228546582",
      "created_at" : "Tue Mar 18 23:26:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Municipal offices will observe modified operating hours on Thursday in connection with Pride in the Park. Not my area of expertise, so I asked @gregtanaka_rrta. Answer coming soon. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902097599432076832"
          ],
          "editableUntil" : "2025-03-18T21:39:41.626Z",
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
      "id_str" : "1902097599432076832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902097599432076832",
      "created_at" : "Tue Mar 18 20:39:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. Shout-out to @victor_l…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902041998472946374"
          ],
          "editableUntil" : "2025-03-18T17:58:45.324Z",
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
              "219",
              "227"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "228",
              "244"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "244"
      ],
      "favorite_count" : "13",
      "id_str" : "1902041998472946374",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1902041998472946374",
      "created_at" : "Tue Mar 18 16:58:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Such a whimsical evening along Division St. Going to the Juneteenth parade? Route 16 runs every 12 minutes until midnight on Thursday. Proud of our team for getting Route 16 back on schedule so fast. #busstop #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901999820523396480"
          ],
          "editableUntil" : "2025-03-18T15:11:09.317Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zriverbend2",
            "screen_name" : "zriverbend2",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "59720217861805740",
            "id" : "59720217861805740"
          },
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "143",
              "156"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/DcmcEDY9jt",
            "expanded_url" : "https://www.rrta.example/maps/route-61",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1901800866767578310",
      "id_str" : "1901999820523396480",
      "in_reply_to_user_id" : "59720217861805740",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1901999820523396480",
      "in_reply_to_status_id" : "1901800866767578310",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 18 14:11:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@zriverbend2 We're looking at service to Linden Park as part of the bus shelter redesign. Tell us more here: https://t.co/DcmcEDY9jt Thanks to @lena_fischer on our ops team for tracking this down. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zriverbend2",
      "in_reply_to_user_id_str" : "59720217861805740"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901729622712450380"
          ],
          "editableUntil" : "2025-03-17T21:17:29.139Z",
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
              "125",
              "134"
            ]
          },
          {
            "text" : "acc",
            "indices" : [
              "135",
              "139"
            ]
          }
        ],
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
      "favorite_count" : "7",
      "id_str" : "1901729622712450380",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1901729622712450380",
      "created_at" : "Mon Mar 17 20:17:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Found on Route 7X: a kid's stuffed bunny. Claim it at Southport Station lost and found. Does that help? #FareFree #acc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901648590653440524"
          ],
          "editableUntil" : "2025-03-17T15:55:29.591Z",
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
            "name" : "Jesstransitnerd",
            "screen_name" : "jesstransitnerd",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48302064311011993",
            "id" : "48302064311011993"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1901257721363497929",
      "id_str" : "1901648590653440524",
      "in_reply_to_user_id" : "48302064311011993",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1901648590653440524",
      "in_reply_to_status_id" : "1901257721363497929",
      "created_at" : "Mon Mar 17 14:55:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@jesstransitnerd Thanks, we've sent a crew to Harbor Point. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jesstransitnerd",
      "in_reply_to_user_id_str" : "48302064311011993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900664531616616962"
          ],
          "editableUntil" : "2025-03-14T22:45:11.633Z",
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
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1900664531616616962",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1900664531616616962",
      "created_at" : "Fri Mar 14 21:45:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: The air show is this Tuesday at Eastgate Transit Center. Looks like fun. You all are the best!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900613363693605542"
          ],
          "editableUntil" : "2025-03-14T19:21:52.250Z",
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
            "name" : "Transitnerdz",
            "screen_name" : "transitnerdz",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "761412774778521",
            "id" : "761412774778521"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1900607846463104289",
      "id_str" : "1900613363693605542",
      "in_reply_to_user_id" : "761412774778521",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900613363693605542",
      "in_reply_to_status_id" : "1900607846463104289",
      "created_at" : "Fri Mar 14 18:21:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdz Sorry about the double charge on the Crosstown Connector. DM us your card number and we'll refund it. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdz",
      "in_reply_to_user_id_str" : "761412774778521"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900589114252380128"
          ],
          "editableUntil" : "2025-03-14T17:45:30.732Z",
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
      "favorite_count" : "6",
      "id_str" : "1900589114252380128",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900589114252380128",
      "created_at" : "Fri Mar 14 16:45:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Boardings on Route 61 reached 171 for the reporting period, exceeding established performance benchmarks. https://t.co/2pE…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900583051267452006"
          ],
          "editableUntil" : "2025-03-14T17:21:25.204Z",
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
              "237",
              "252"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "253",
              "262"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "262"
      ],
      "favorite_count" : "3",
      "id_str" : "1900583051267452006",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900583051267452006",
      "created_at" : "Fri Mar 14 16:21:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Ms. Carla, who keeps Route 39 running through Sycamore Flats every morning. Experiment time: a bus stop adoption program in Sycamore Flats on Route 39 this month. Our riders deserve reliable service. Any questions, just reply here. #TransitTuesday #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900575649975086675"
          ],
          "editableUntil" : "2025-03-14T16:52:00.599Z",
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
            "name" : "Coffeemaria1972",
            "screen_name" : "coffeemaria1972",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48193584033823766",
            "id" : "48193584033823766"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1900369466393287110",
      "id_str" : "1900575649975086675",
      "in_reply_to_user_id" : "48193584033823766",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1900575649975086675",
      "in_reply_to_status_id" : "1900369466393287110",
      "created_at" : "Fri Mar 14 15:52:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffeemaria1972 Hi there! We're sorry this happened. Thanks, we've sent a crew to West High School. Good point, I hadn't thought of that. Hope that helps! 🎉👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffeemaria1972",
      "in_reply_to_user_id_str" : "48193584033823766"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900548972565850725"
          ],
          "editableUntil" : "2025-03-14T15:06:00.209Z",
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
            "name" : "Lakesidez23",
            "screen_name" : "lakesidez23",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "56057769321943179",
            "id" : "56057769321943179"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1900544871825810095",
      "id_str" : "1900548972565850725",
      "in_reply_to_user_id" : "56057769321943179",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900548972565850725",
      "in_reply_to_status_id" : "1900544871825810095",
      "created_at" : "Fri Mar 14 14:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidez23 Yes, the 3 runs until about 11 pm on weekdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidez23",
      "in_reply_to_user_id_str" : "56057769321943179"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900362216618342865"
          ],
          "editableUntil" : "2025-03-14T02:43:54.121Z",
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
              "88",
              "100"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "8",
      "id_str" : "1900362216618342865",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900362216618342865",
      "created_at" : "Fri Mar 14 01:43:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a gym bag on bus 1543? It's waiting for you at Northside Transfer Center. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900316511628580502"
          ],
          "editableUntil" : "2025-03-13T23:42:17.202Z",
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
              "89",
              "101"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "102",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "16",
      "id_str" : "1900316511628580502",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900316511628580502",
      "created_at" : "Thu Mar 13 22:42:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: the 1 skips Quarry Rd until Wednesday. The closest stop is the Amtrak station. #DetourAlert #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900249711337275080"
          ],
          "editableUntil" : "2025-03-13T19:16:50.772Z",
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
        "126"
      ],
      "favorite_count" : "13",
      "id_str" : "1900249711337275080",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1900249711337275080",
      "created_at" : "Thu Mar 13 18:16:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Boardings on the 33 reached 7,027 for the reporting period, execeding established performance benchmarks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900224759495370087"
          ],
          "editableUntil" : "2025-03-13T17:37:41.789Z",
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
        "124"
      ],
      "favorite_count" : "8",
      "id_str" : "1900224759495370087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900224759495370087",
      "created_at" : "Thu Mar 13 16:37:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Good news for Harbor Point: more trips on the 31 starting March 30. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900207084172594720"
          ],
          "editableUntil" : "2025-03-13T16:27:27.664Z",
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
            "name" : "Oldmill Eastgat",
            "screen_name" : "oldmill_eastgat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "26961566562926664",
            "id" : "26961566562926664"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1900194386887066799",
      "id_str" : "1900207084172594720",
      "in_reply_to_user_id" : "26961566562926664",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900207084172594720",
      "in_reply_to_status_id" : "1900194386887066799",
      "created_at" : "Thu Mar 13 15:27:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_eastgat Hey! We know the 41 arrivals have been off. A fix is going in this week. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_eastgat",
      "in_reply_to_user_id_str" : "26961566562926664"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900203889396763830"
          ],
          "editableUntil" : "2025-03-13T16:14:45.970Z",
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
      "favorite_count" : "28",
      "id_str" : "1900203889396763830",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900203889396763830",
      "created_at" : "Thu Mar 13 15:14:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Story time: Mr. Earl on Route 31 stopped to help a kid find his mom at Millworks Lofts, then waved the whole bus goodbye. T…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900197634490935123"
          ],
          "editableUntil" : "2025-03-13T15:49:54.684Z",
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
            "name" : "Grandpa Dee1956",
            "screen_name" : "grandpa_dee1956",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "4323446641169143",
            "id" : "4323446641169143"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "262"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1900163982291360040",
      "id_str" : "1900197634490935123",
      "in_reply_to_user_id" : "4323446641169143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900197634490935123",
      "in_reply_to_status_id" : "1900163982291360040",
      "created_at" : "Thu Mar 13 14:49:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_dee1956 Sorry for the wait. We have escalated the reported real-time data discrepancy for the 50 to our technology vendor for remediation. Follow us for live updates on the 50. Please don't hesitate to reach out should you require additional assistance.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_dee1956",
      "in_reply_to_user_id_str" : "4323446641169143"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900194220622795890"
          ],
          "editableUntil" : "2025-03-13T15:36:20.754Z",
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
            "name" : "Samtransitnerd1",
            "screen_name" : "samtransitnerd1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "45985304654453976",
            "id" : "45985304654453976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1900128179117102227",
      "id_str" : "1900194220622795890",
      "in_reply_to_user_id" : "45985304654453976",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900194220622795890",
      "in_reply_to_status_id" : "1900128179117102227",
      "created_at" : "Thu Mar 13 14:36:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@samtransitnerd1 Hey there! We apologize for the delay. Thanks! We'll pull bus 1238 for an AC check when it gets back to the garage. Thanks so much for letting us know!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samtransitnerd1",
      "in_reply_to_user_id_str" : "45985304654453976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900012066880308445"
          ],
          "editableUntil" : "2025-03-13T03:32:31.918Z",
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
      "favorite_count" : "3",
      "id_str" : "1900012066880308445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900012066880308445",
      "created_at" : "Thu Mar 13 02:32:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: The City of Riverton has announced the schedule for the Cinco de Mayo festival, which will take place at Riverton General Hospi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899928145132439040"
          ],
          "editableUntil" : "2025-03-12T21:59:03.414Z",
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
              "95",
              "104"
            ]
          }
        ],
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
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "1899928145132439040",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899928145132439040",
      "created_at" : "Wed Mar 12 20:59:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Nothing beats the view of the river from the ballpark on a clear morning. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899895518694213494"
          ],
          "editableUntil" : "2025-03-12T19:49:24.665Z",
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
              "135",
              "144"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "10",
      "id_str" : "1899895518694213494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899895518694213494",
      "created_at" : "Wed Mar 12 18:49:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Quick look at the microtransit zone in Southport: we mapped every stop in Linden Park. More soon. Stay cool out there! #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899586961130360790"
          ],
          "editableUntil" : "2025-03-11T23:23:18.809Z",
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
      "favorite_count" : "6",
      "id_str" : "1899586961130360790",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899586961130360790",
      "created_at" : "Tue Mar 11 22:23:18 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Municipal offices will observe modified operating hours on Tuesday in connection with the Harvest Market. Thank you, R…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899528258892289872"
          ],
          "editableUntil" : "2025-03-11T19:30:03.105Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "176",
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
        "188"
      ],
      "favorite_count" : "3",
      "id_str" : "1899528258892289872",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1899528258892289872",
      "created_at" : "Tue Mar 11 18:30:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the flood warning. Warming buses are parked at University Station and City Hall. Follow this thread for updates on the bus shelter redesign. You all are the best. #RiverDays 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899515198587890563"
          ],
          "editableUntil" : "2025-03-11T18:38:09.286Z",
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
      "favorite_count" : "5",
      "id_str" : "1899515198587890563",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899515198587890563",
      "created_at" : "Tue Mar 11 17:38:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon Bo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899508736044218587"
          ],
          "editableUntil" : "2025-03-11T18:12:28.495Z",
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
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "103",
              "112"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "11",
      "id_str" : "1899508736044218587",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1899508736044218587",
      "created_at" : "Tue Mar 11 17:12:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Ms. Carla has driven the 37 for 23 yeras and still knows every regular by name. Via @RivBikes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899451350230718570"
          ],
          "editableUntil" : "2025-03-11T14:24:26.651Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "261",
              "269"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "103",
              "115"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "5",
      "id_str" : "1899451350230718570",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899451350230718570",
      "created_at" : "Tue Mar 11 13:24:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the Riverton Marathon is this Friday at Memorial Park. Looks like fun. Shout-out to @victor_lang, who wrote the paratransit booking app FAQ. This is why transit matters: 11,490 people got to work today without a car. Anyone else seeing this? #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899208790556171526"
          ],
          "editableUntil" : "2025-03-10T22:20:35.918Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bikegirl Kat",
            "screen_name" : "bikegirl_kat",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "68726588455359405",
            "id" : "68726588455359405"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1899204233236012401",
      "id_str" : "1899208790556171526",
      "in_reply_to_user_id" : "68726588455359405",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899208790556171526",
      "in_reply_to_status_id" : "1899204233236012401",
      "created_at" : "Mon Mar 10 21:20:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirl_kat Check with lost and found at Eastgate Transit Center. If your lunch box turns up, they'll hold it for 30 days. The schedule was correct. Please check it again.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirl_kat",
      "in_reply_to_user_id_str" : "68726588455359405"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899196583978381099"
          ],
          "editableUntil" : "2025-03-10T21:32:05.643Z",
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
            "name" : "Mroldmill70",
            "screen_name" : "mroldmill70",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "62212044754896326",
            "id" : "62212044754896326"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1899190969876971988",
      "id_str" : "1899196583978381099",
      "in_reply_to_user_id" : "62212044754896326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899196583978381099",
      "in_reply_to_status_id" : "1899190969876971988",
      "created_at" : "Mon Mar 10 20:32:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@mroldmill70 The last 17 leaves Harbor Point Station at 12:25 on weekdays. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mroldmill70",
      "in_reply_to_user_id_str" : "62212044754896326"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899152577295443541"
          ],
          "editableUntil" : "2025-03-10T18:37:13.632Z",
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
            "name" : "Maya Okafor",
            "screen_name" : "mayaokafor_rrta",
            "indices" : [
              "174",
              "190"
            ],
            "id_str" : "2181501028",
            "id" : "2181501028"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/aJ773kPmnA",
            "expanded_url" : "https://www.rrta.example/meetings/real-time-arrival-signs-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "209",
              "232"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "18",
      "id_str" : "1899152577295443541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899152577295443541",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 10 17:37:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a keys on bus 2373? It's waiting for you at Northside Transfer Center. Found on the Red Line: a keys. Claim it at Northside Transfer Center lost and found. H/t @mayaokafor_rrta for the heads up. https://t.co/aJ773kPmnA ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899117847063291420"
          ],
          "editableUntil" : "2025-03-10T16:19:13.300Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Skatermr1976",
            "screen_name" : "skatermr1976",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "23121802612600336",
            "id" : "23121802612600336"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1898824165273496172",
      "id_str" : "1899117847063291420",
      "in_reply_to_user_id" : "23121802612600336",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899117847063291420",
      "in_reply_to_status_id" : "1898824165273496172",
      "created_at" : "Mon Mar 10 15:19:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@skatermr1976 Hi there! Sorry to hear that. Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skatermr1976",
      "in_reply_to_user_id_str" : "23121802612600336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898120867285375387"
          ],
          "editableUntil" : "2025-03-07T22:17:34.798Z",
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
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1898120867285375387",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1898120867285375387",
      "created_at" : "Fri Mar 07 21:17:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Cinco de Mayo festival. Bus…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898078135337715560"
          ],
          "editableUntil" : "2025-03-07T19:27:46.707Z",
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
              "16",
              "32"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2Kl8GUmMjx",
            "expanded_url" : "https://x.com/aishabello/status/1897464374655826102",
            "display_url" : "x.com/aishabello/status/1…",
            "indices" : [
              "174",
              "197"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "10",
      "id_str" : "1898078135337715560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898078135337715560",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 07 18:27:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonChamber. Supplemental service deployment will support anticipated demand associated with Family Day at the zoo, with enhanced frequency on Route 28. https://t.co/2Kl8GUmMjx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897769673070210323"
          ],
          "editableUntil" : "2025-03-06T23:02:03.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
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
        "125"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1897769212859155500",
      "id_str" : "1897769673070210323",
      "in_reply_to_user_id" : "6052554746733953024",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897769673070210323",
      "in_reply_to_status_id" : "1897769212859155500",
      "created_at" : "Thu Mar 06 22:02:03 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 298 trips on Tuesday alone. Going live from the art crawl at 6:40 am, bring your questions! #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosadelgado_rrt",
      "in_reply_to_user_id_str" : "6052554746733953024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897769212859155500"
          ],
          "editableUntil" : "2025-03-06T23:00:13.849Z",
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
        "193"
      ],
      "favorite_count" : "8",
      "id_str" : "1897769212859155500",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897769212859155500",
      "created_at" : "Thu Mar 06 22:00:13 +0000 2025",
      "favorited" : false,
      "full_text" : "The chili cook-off is this Monday at Riverton Library. Looks like fun. Please share with your neighbors who ride the 50! Going forward, deliverables should be synergized across workstreams. 🙌 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897735554679917083"
          ],
          "editableUntil" : "2025-03-06T20:46:29.114Z",
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
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1897735554679917083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897735554679917083",
      "created_at" : "Thu Mar 06 19:46:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: The chili cook-off is this Thursday at St. Luke's Clinic. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897722147834491598"
          ],
          "editableUntil" : "2025-03-06T19:53:12.673Z",
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
      "favorite_count" : "26",
      "id_str" : "1897722147834491598",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1897722147834491598",
      "created_at" : "Thu Mar 06 18:53:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: If the 31A had a soundtrack, this morning it would be a slow jazz tune. The Fourth of July fireworks is this Friday at th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897644500423947149"
          ],
          "editableUntil" : "2025-03-06T14:44:40.087Z",
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
              "202",
              "216"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/hBmA2UK5fD",
            "expanded_url" : "https://www.rrta.example/news/jazz-festival",
            "display_url" : "www.rrta.example/news/jaz…",
            "indices" : [
              "178",
              "201"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "34",
      "id_str" : "1897644500423947149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897644500423947149",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 06 13:44:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Quick look at the winter service plan: the app beta has 175 testers. More soon. We could not do this without our operators and mechanics. Thank you, Riverton! https://t.co/hBmA2UK5fD #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897398929345106094"
          ],
          "editableUntil" : "2025-03-05T22:28:51.380Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "161",
              "177"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NFgGL2EEDe",
            "expanded_url" : "https://www.rrta.example/maps/route-32",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "218",
              "241"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "0",
      "id_str" : "1897398929345106094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897398929345106094",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 21:28:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: A rain-soaked day on Route 32, as promised. Road work on Wabash Ave means Route 32 uses Railroad Ave for now. Add about 30 minutes. Thanks to @RivertonSchools for the photo! Anyone else seeing this? https://t.co/NFgGL2EEDe ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897374205599346542"
          ],
          "editableUntil" : "2025-03-05T20:50:36.779Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/5SBy9sCkSW",
            "expanded_url" : "https://x.com/RivertonParks/status/1896849434561088881",
            "display_url" : "x.com/RivertonParks/statu…",
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
      "favorite_count" : "14",
      "id_str" : "1897374205599346542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897374205599346542",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 19:50:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Millbrook. Going to the Harvest Market? Route 35 runs every 5 minutes until midnight on Wednesday. Appreciate every one of you. https://t.co/5SBy9sCkSW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897359128542762137"
          ],
          "editableUntil" : "2025-03-05T19:50:42.129Z",
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
            "name" : "Riverton Public Schools",
            "screen_name" : "RivertonSchools",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "2671013210",
            "id" : "2671013210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "7",
      "id_str" : "1897359128542762137",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897359128542762137",
      "created_at" : "Wed Mar 05 18:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Service update: Riverton is beautiful today. Perfect day for a walk along the river in Cedar Heights. Saw 10,470 peopl…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897336198707219514"
          ],
          "editableUntil" : "2025-03-05T18:19:35.230Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverDays",
            "indices" : [
              "152",
              "162"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JOsOq5wXRk",
            "expanded_url" : "https://www.rrta.example/survey/westgate",
            "display_url" : "www.rrta.example/survey/w…",
            "indices" : [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "2",
      "id_str" : "1897336198707219514",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897336198707219514",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 17:19:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Nothing beats the view of the river from the Farmers Market on a clear morning. Appreciate every one of you. https://t.co/JOsOq5wXRk #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896738332879803913"
          ],
          "editableUntil" : "2025-03-04T02:43:52.909Z",
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
            "name" : "Momprof1989",
            "screen_name" : "momprof1989",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "43311263958955352",
            "id" : "43311263958955352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1896723151120259364",
      "id_str" : "1896738332879803913",
      "in_reply_to_user_id" : "43311263958955352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896738332879803913",
      "in_reply_to_status_id" : "1896723151120259364",
      "created_at" : "Tue Mar 04 01:43:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@momprof1989 Thanks for telling us. Comments about Fairview go straight to our planners. Good point, I had not thought of that. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "momprof1989",
      "in_reply_to_user_id_str" : "43311263958955352"
    }
  }
]