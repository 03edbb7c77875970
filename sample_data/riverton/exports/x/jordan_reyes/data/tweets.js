window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962137073097137015"
          ],
          "editableUntil" : "2025-08-31T13:55:07.627Z",
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
            "name" : "Heymike1995",
            "screen_name" : "heymike1995",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1392024521110131",
            "id" : "1392024521110131"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/11ZcL0mcPw",
            "expanded_url" : "https://www.rrta.example/detours/route-22",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1962136443722997779",
      "id_str" : "1962137073097137015",
      "in_reply_to_user_id" : "1392024521110131",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1962137073097137015",
      "in_reply_to_status_id" : "1962136443722997779",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 31 12:55:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@heymike1995 Fare product pricing information is available at https://t.co/11ZcL0mcPw. Appreciate you! 🙌😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "heymike1995",
      "in_reply_to_user_id_str" : "1392024521110131"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961964703925284763"
          ],
          "editableUntil" : "2025-08-31T02:30:11.614Z",
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
            "name" : "Prof Night66",
            "screen_name" : "prof_night66",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "33604933408927306",
            "id" : "33604933408927306"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1961963171393420867",
      "id_str" : "1961964703925284763",
      "in_reply_to_user_id" : "33604933408927306",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1961964703925284763",
      "in_reply_to_status_id" : "1961963171393420867",
      "created_at" : "Sun Aug 31 01:30:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@prof_night66 Hey! A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Southport Station. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_night66",
      "in_reply_to_user_id_str" : "33604933408927306"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961917401509455846"
          ],
          "editableUntil" : "2025-08-30T23:22:13.839Z",
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
            "name" : "Hey Dj18",
            "screen_name" : "hey_dj18",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "57057979827034968",
            "id" : "57057979827034968"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1961914918776574523",
      "id_str" : "1961917401509455846",
      "in_reply_to_user_id" : "57057979827034968",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1961917401509455846",
      "in_reply_to_status_id" : "1961914918776574523",
      "created_at" : "Sat Aug 30 22:22:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_dj18 Hey there! We know the 36 arrivals have been off. A fix is going in this week. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_dj18",
      "in_reply_to_user_id_str" : "57057979827034968"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961550781062629587"
          ],
          "editableUntil" : "2025-08-29T23:05:24.713Z",
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
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "1961550781062629587",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1961550781062629587",
      "created_at" : "Fri Aug 29 22:05:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the paratransit booking app: the design is 60% done. More soon. Questions? Just ask!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961404169623271773"
          ],
          "editableUntil" : "2025-08-29T13:22:49.822Z",
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
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1961404169623271773",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1961404169623271773",
      "created_at" : "Fri Aug 29 12:22:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Kingsley!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961109519570704789"
          ],
          "editableUntil" : "2025-08-28T17:51:59.775Z",
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
            "name" : "Tjjess1953",
            "screen_name" : "tjjess1953",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "28487834447276353",
            "id" : "28487834447276353"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1961107473898526058",
      "id_str" : "1961109519570704789",
      "in_reply_to_user_id" : "28487834447276353",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961109519570704789",
      "in_reply_to_status_id" : "1961107473898526058",
      "created_at" : "Thu Aug 28 16:51:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjjess1953 Buses run until about an hour after the Cinco de Mayo festival ends!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjjess1953",
      "in_reply_to_user_id_str" : "28487834447276353"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960695647133234512"
          ],
          "editableUntil" : "2025-08-27T14:27:24.897Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
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
      "favorite_count" : "1",
      "id_str" : "1960695647133234512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960695647133234512",
      "created_at" : "Wed Aug 27 13:27:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the 36. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960694470307282127"
          ],
          "editableUntil" : "2025-08-27T14:22:44.319Z",
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
            "name" : "Eastgatenorthsi",
            "screen_name" : "eastgatenorthsi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "11883217908411257",
            "id" : "11883217908411257"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1960693300979499852",
      "id_str" : "1960694470307282127",
      "in_reply_to_user_id" : "11883217908411257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960694470307282127",
      "in_reply_to_status_id" : "1960693300979499852",
      "created_at" : "Wed Aug 27 13:22:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgatenorthsi Hey! Thanks for telling us. Comments about Bluffton go straight to our planners. Our team is on it. Let us know if you need anything else. 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgatenorthsi",
      "in_reply_to_user_id_str" : "11883217908411257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960676886032048489"
          ],
          "editableUntil" : "2025-08-27T13:12:51.902Z",
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
            "name" : "Skater Coffee52",
            "screen_name" : "skater_coffee52",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "66344091727684409",
            "id" : "66344091727684409"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1960675194275849219",
      "id_str" : "1960676886032048489",
      "in_reply_to_user_id" : "66344091727684409",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1960676886032048489",
      "in_reply_to_status_id" : "1960675194275849219",
      "created_at" : "Wed Aug 27 12:12:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_coffee52 Hello. So sorry to hear about your morning. Our real-time monitoring indicates the 31A is experiencing a schedule variance of approximately 7 minutes; estimated arrival at Kingsley Ave &amp; Ogden Ave is 8:10. 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_coffee52",
      "in_reply_to_user_id_str" : "66344091727684409"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1960431973435724746",
          "editControlInitial" : {
            "editTweetIds" : [
              "1960431973435724746",
              "1960437872636577621"
            ],
            "editableUntil" : "2025-08-26T20:59:40.188Z",
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
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1960437872636577621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960437872636577621",
      "created_at" : "Tue Aug 26 20:23:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the thunderstorm. Warming buses are parked at Harbor Point Station and Central Station. 🎉✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960432069057480111"
          ],
          "editableUntil" : "2025-08-26T21:00:02.986Z",
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
            "name" : "Transitnerdkat",
            "screen_name" : "transitnerdkat",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "12080032852440718",
            "id" : "12080032852440718"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1960431058561159708",
      "id_str" : "1960432069057480111",
      "in_reply_to_user_id" : "12080032852440718",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960432069057480111",
      "in_reply_to_status_id" : "1960431058561159708",
      "created_at" : "Tue Aug 26 20:00:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdkat Hey! Sorry to hear that. Thanks for flagging. Crews are on the way. Use the Vine St ramp for now. 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdkat",
      "in_reply_to_user_id_str" : "12080032852440718"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960431973435724746",
            "1960437872636577621"
          ],
          "editableUntil" : "2025-08-26T20:59:40.188Z",
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
        "113"
      ],
      "favorite_count" : "4",
      "id_str" : "1960431973435724746",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1960431973435724746",
      "created_at" : "Tue Aug 26 19:59:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the thunderstorm. Warming buses are praked at Harbor Point Station and Central Station. 🎉✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960097207243884077"
          ],
          "editableUntil" : "2025-08-25T22:49:25.709Z",
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
      "favorite_count" : "9",
      "id_str" : "1960097207243884077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960097207243884077",
      "created_at" : "Mon Aug 25 21:49:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.c…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960026313277111598"
          ],
          "editableUntil" : "2025-08-25T18:07:43.270Z",
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
        "132"
      ],
      "favorite_count" : "14",
      "id_str" : "1960026313277111598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960026313277111598",
      "created_at" : "Mon Aug 25 17:07:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Mr. Leon has driven the 35 for 15 years and still knows every regular by name. Our riders deserve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960008549207584368"
          ],
          "editableUntil" : "2025-08-25T16:57:07.985Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "152",
              "161"
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
      "id_str" : "1960008549207584368",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1960008549207584368",
      "created_at" : "Mon Aug 25 15:57:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: Did you leave a headphones on bus 1616? It's waiting for you at Harbor Point Station. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959987587226427675"
          ],
          "editableUntil" : "2025-08-25T15:33:50.260Z",
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
        "203"
      ],
      "favorite_count" : "10",
      "id_str" : "1959987587226427675",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1959987587226427675",
      "created_at" : "Mon Aug 25 14:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Anita on the 19 stopped to help a kid find his mom at the Job Center, then waved the whole bus goodbye. The 19 can't get down Kenwood Ave today (repaving), so it's using Park Ave. Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959951855554867276"
          ],
          "editableUntil" : "2025-08-25T13:11:51.165Z",
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
        "158"
      ],
      "favorite_count" : "1",
      "id_str" : "1959951855554867276",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1959951855554867276",
      "created_at" : "Mon Aug 25 12:11:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Kids under 12 ride free all summer on every route, including the 39. Share this with anyone who rides the 39! Our riders deserve reliable service. 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959803948248814509"
          ],
          "editableUntil" : "2025-08-25T03:24:07.316Z",
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
        "144"
      ],
      "favorite_count" : "1",
      "id_str" : "1959803948248814509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959803948248814509",
      "created_at" : "Mon Aug 25 02:24:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Meet Ms. Janelle, who keeps Route 10 running through Kingsley every morning. Buses get our residents to jobs, school and the doctor. 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959590942880121437"
          ],
          "editableUntil" : "2025-08-24T13:17:42.878Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "text" : "transit",
            "indices" : [
              "131",
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
      "favorite_count" : "8",
      "id_str" : "1959590942880121437",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1959590942880121437",
      "created_at" : "Sun Aug 24 12:17:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. Make sense? #accessibility #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959086445085774794"
          ],
          "editableUntil" : "2025-08-23T03:53:01.231Z",
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
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1959086445085774794",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1959086445085774794",
      "created_at" : "Sat Aug 23 02:53:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: More people are riding: 41,404 trips on Tuesday alone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958868429906704891"
          ],
          "editableUntil" : "2025-08-22T13:26:42.362Z",
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
        "173"
      ],
      "favorite_count" : "3",
      "id_str" : "1958868429906704891",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1958868429906704891",
      "created_at" : "Fri Aug 22 12:26:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Deleted my earlier post, it had a mistake. Here's the right info: Open house about the electric bus rollout on Thursday, 5:20 at Riverton Community College. Kids welcome. ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958726512238560307"
          ],
          "editableUntil" : "2025-08-22T04:02:46.553Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "260",
              "269"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "269"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1958725305428876723",
      "id_str" : "1958726512238560307",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958726512238560307",
      "in_reply_to_status_id" : "1958725305428876723",
      "created_at" : "Fri Aug 22 03:02:46 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Accessibility enhancements at the Nicollet Ave &amp; Oak Ave boarding location have been completed in accordance with applicable ADA compliance requirements. I got the time wrong in my last post. Route 18 leaves Nicollet Ave &amp; Oak Ave at 5:40 am. That's on me. #RideRRTA",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958725305428876723"
          ],
          "editableUntil" : "2025-08-22T03:57:58.827Z",
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
            "url" : "https://t.co/C5VwTZppTc",
            "expanded_url" : "https://www.rrta.example/detours/route-50",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "9",
      "id_str" : "1958725305428876723",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958725305428876723",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 22 02:57:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: The new Route 50 timetable is out. Pick one up on the bus or see https://t.co/C5VwTZppTc Key deliverables will be operationalized in Q2. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958662288876153543"
          ],
          "editableUntil" : "2025-08-21T23:47:34.510Z",
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
      "favorite_count" : "10",
      "id_str" : "1958662288876153543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958662288876153543",
      "created_at" : "Thu Aug 21 22:47:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Implementation of the Better Stops program continues to progress consistent with established timelines, with implementati…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958512502788796822"
          ],
          "editableUntil" : "2025-08-21T13:52:22.724Z",
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
        "126"
      ],
      "favorite_count" : "15",
      "id_str" : "1958512502788796822",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1958512502788796822",
      "created_at" : "Thu Aug 21 12:52:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Oak Grove. Every route we run connects our community. 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958296279871682418"
          ],
          "editableUntil" : "2025-08-20T23:33:11.163Z",
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
              "256",
              "264"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "264"
      ],
      "favorite_count" : "1",
      "id_str" : "1958296279871682418",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1958296279871682418",
      "created_at" : "Wed Aug 20 22:33:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the snow. Warming buses are parked at Southport Station and the Food Co-op. Follow this thread for updates on the new trip planner. Our first try at on-demand rides in Kingsley didn't work. Lesson learned, round two starts Thursday. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958225776921963381"
          ],
          "editableUntil" : "2025-08-20T18:53:01.950Z",
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
            "name" : "Djnight",
            "screen_name" : "djnight",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "19016754679499583",
            "id" : "19016754679499583"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1958225277136651451",
      "id_str" : "1958225776921963381",
      "in_reply_to_user_id" : "19016754679499583",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1958225776921963381",
      "in_reply_to_status_id" : "1958225277136651451",
      "created_at" : "Wed Aug 20 17:53:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@djnight Hey there! This is so nice to hear. We'll make sure Hiroshi sees it. I'll find out and reply by the end of the day. Stay warm out there! 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "djnight",
      "in_reply_to_user_id_str" : "19016754679499583"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958173898844821784"
          ],
          "editableUntil" : "2025-08-20T15:26:53.253Z",
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
      "favorite_count" : "13",
      "id_str" : "1958173898844821784",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1958173898844821784",
      "created_at" : "Wed Aug 20 14:26:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: Riverton is beautiful today. Perfect day for a walk alnog the river in Old Mill. Share this with anyon…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958000074755115170"
          ],
          "editableUntil" : "2025-08-20T03:56:10.360Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "132",
              "146"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/9o6oM6pe9e",
            "expanded_url" : "https://x.com/epetrova/status/1957385327753151768",
            "display_url" : "x.com/epetrova/status/195…",
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
      "favorite_count" : "5",
      "id_str" : "1958000074755115170",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958000074755115170",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 20 02:56:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: the art crwal is this Friday at the ballpark. Looks like fun. We couldn't do this without our operators and mechanics. #accessibility 💙 https://t.co/9o6oM6pe9e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957927500614962045"
          ],
          "editableUntil" : "2025-08-19T23:07:47.337Z",
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
        "157"
      ],
      "favorite_count" : "21",
      "id_str" : "1957927500614962045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957927500614962045",
      "created_at" : "Tue Aug 19 22:07:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: More people are riding: 334 trips on Tuesday alone. For the record, the 25 schedule was correct. Please check it before posting. What do you think?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957860635647195736"
          ],
          "editableUntil" : "2025-08-19T18:42:05.486Z",
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
      "favorite_count" : "3",
      "id_str" : "1957860635647195736",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957860635647195736",
      "created_at" : "Tue Aug 19 17:42:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Please be advised: Effective August 25, the service change implementation will optimize headways on Route 18 to enhance netwo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957822203526856914"
          ],
          "editableUntil" : "2025-08-19T16:09:22.555Z",
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
            "name" : "Z Jess1961",
            "screen_name" : "z_jess1961",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "17110311010732577",
            "id" : "17110311010732577"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1957821037792745433",
      "id_str" : "1957822203526856914",
      "in_reply_to_user_id" : "17110311010732577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957822203526856914",
      "in_reply_to_status_id" : "1957821037792745433",
      "created_at" : "Tue Aug 19 15:09:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_jess1961 That is not OK. We have pulled bus 2350 to fix the ramp today. Follow us for live updates on the Crosstown Connector. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_jess1961",
      "in_reply_to_user_id_str" : "17110311010732577"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957787114587655502"
          ],
          "editableUntil" : "2025-08-19T13:49:56.700Z",
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
            "url" : "https://t.co/OCcBxn0zmu",
            "expanded_url" : "https://x.com/RivertonCC/status/1957343213694202846",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "7",
      "id_str" : "1957787114587655502",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957787114587655502",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 19 12:49:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Meet Kwame, who keeps Route 23 running through Canal District every morning. Buses get our residents to jobs, school and the doctor. 😀👍 https://t.co/OCcBxn0zmu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957781400232418111"
          ],
          "editableUntil" : "2025-08-19T13:27:14.291Z",
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
              "117",
              "125"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JKIq6jsmOC",
            "expanded_url" : "https://www.rrta.example/detours/route-10",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1957781400232418111",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957781400232418111",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 19 12:27:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/JKIq6jsmOC #busstop 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957499940588778686"
          ],
          "editableUntil" : "2025-08-18T18:48:49.083Z",
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
            "name" : "Profriverton",
            "screen_name" : "profriverton",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "17502992143011743",
            "id" : "17502992143011743"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1957498860354491014",
      "id_str" : "1957499940588778686",
      "in_reply_to_user_id" : "17502992143011743",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1957499940588778686",
      "in_reply_to_status_id" : "1957498860354491014",
      "created_at" : "Mon Aug 18 17:48:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@profriverton Hello! The last 33 leaves University Station at 12:30 pm on weekdays. As I said, the Green Line is on time according to our system. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profriverton",
      "in_reply_to_user_id_str" : "17502992143011743"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957471267844087884"
          ],
          "editableUntil" : "2025-08-18T16:54:52.968Z",
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
        "195"
      ],
      "favorite_count" : "1",
      "id_str" : "1957471267844087884",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1957471267844087884",
      "created_at" : "Mon Aug 18 15:54:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Overheard on the 5 this morning: \"this bus is my thinking time.\" Paratransit trips for Friday can be booked until 1:15 today. Call or use the app. Please share with your neighbors who ride the 5!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957252074290573487"
          ],
          "editableUntil" : "2025-08-18T02:23:53.152Z",
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
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1957252074290573487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957252074290573487",
      "created_at" : "Mon Aug 18 01:23:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Thursday can be booked until 6:20 today. Call or use the app!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957066329091944428"
          ],
          "editableUntil" : "2025-08-17T14:05:48.046Z",
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
            "name" : "Maria The Real",
            "screen_name" : "maria_the_real",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "56655577052507482",
            "id" : "56655577052507482"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1957064704323023083",
      "id_str" : "1957066329091944428",
      "in_reply_to_user_id" : "56655577052507482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957066329091944428",
      "in_reply_to_status_id" : "1957064704323023083",
      "created_at" : "Sun Aug 17 13:05:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_the_real Hey! We apologize for the inconvenience. That shouldn't happen at Eastgate Transit Center. Can you send us the time and direction so we can follow up? Thanks so much for letting us know! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_the_real",
      "in_reply_to_user_id_str" : "56655577052507482"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956513155969268481"
          ],
          "editableUntil" : "2025-08-16T01:27:41.296Z",
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
      "favorite_count" : "15",
      "id_str" : "1956513155969268481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956513155969268481",
      "created_at" : "Sat Aug 16 00:27:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: System-wide ridership metrics reflect a 2% year-over-year increase, driven by enhanced service levels on key corridors…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956348046878195341"
          ],
          "editableUntil" : "2025-08-15T14:31:36.221Z",
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
            "name" : "Jesslakeside",
            "screen_name" : "jesslakeside",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "52622612492762068",
            "id" : "52622612492762068"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1956347092855870525",
      "id_str" : "1956348046878195341",
      "in_reply_to_user_id" : "52622612492762068",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1956348046878195341",
      "in_reply_to_status_id" : "1956347092855870525",
      "created_at" : "Fri Aug 15 13:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@jesslakeside Hey! Yes! Fare capping works with phone pay too, on the 34 and every other route. 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "jesslakeside",
      "in_reply_to_user_id_str" : "52622612492762068"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956304622025296624"
          ],
          "editableUntil" : "2025-08-15T11:39:02.930Z",
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
        "94"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1956303370768600307",
      "id_str" : "1956304622025296624",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956304622025296624",
      "in_reply_to_status_id" : "1956303370768600307",
      "created_at" : "Fri Aug 15 10:39:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the Cinco de Mayo festival? Route 15 runs every 40 minutes until midnight on Tuesday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956303370768600307"
          ],
          "editableUntil" : "2025-08-15T11:34:04.607Z",
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
        "155"
      ],
      "favorite_count" : "4",
      "id_str" : "1956303370768600307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956303370768600307",
      "created_at" : "Fri Aug 15 10:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the transit signal priority project at West High School on Friday at 7:20 am. Stay cool out there! Questions? Just ask! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956173037167346234"
          ],
          "editableUntil" : "2025-08-15T02:56:10.655Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "56",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1956173037167346234",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1956173037167346234",
      "created_at" : "Fri Aug 15 01:56:10 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 3,653 trips on Wednesday alone. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956005963789438979"
          ],
          "editableUntil" : "2025-08-14T15:52:17.257Z",
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
      "favorite_count" : "15",
      "id_str" : "1956005963789438979",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1956005963789438979",
      "created_at" : "Thu Aug 14 14:52:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Supplemental service deployment will support anticipated demand associated with the Riverfront concert series, with enhance…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955984344243860846"
          ],
          "editableUntil" : "2025-08-14T14:26:22.756Z",
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
            "name" : "Oldmill Dj7",
            "screen_name" : "oldmill_dj7",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "17274340098905326",
            "id" : "17274340098905326"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1955983545524613088",
      "id_str" : "1955984344243860846",
      "in_reply_to_user_id" : "17274340098905326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955984344243860846",
      "in_reply_to_status_id" : "1955983545524613088",
      "created_at" : "Thu Aug 14 13:26:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_dj7 Hey! This is so nice to hear. We will make sure Hiroshi sees it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_dj7",
      "in_reply_to_user_id_str" : "17274340098905326"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955781327254799174"
          ],
          "editableUntil" : "2025-08-14T00:59:39.734Z",
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
            "name" : "Heyharbor1984",
            "screen_name" : "heyharbor1984",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "71799670768569473",
            "id" : "71799670768569473"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1955780219478523260",
      "id_str" : "1955781327254799174",
      "in_reply_to_user_id" : "71799670768569473",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955781327254799174",
      "in_reply_to_status_id" : "1955780219478523260",
      "created_at" : "Wed Aug 13 23:59:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyharbor1984 Yes! The 17 runs every 7 minutes before and after the Cinco de Mayo festival. Follow us for live updates on the 17. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyharbor1984",
      "in_reply_to_user_id_str" : "71799670768569473"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955780363993741734"
          ],
          "editableUntil" : "2025-08-14T00:55:50.075Z",
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
        "171"
      ],
      "favorite_count" : "18",
      "id_str" : "1955780363993741734",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955780363993741734",
      "created_at" : "Wed Aug 13 23:55:50 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 38,489 trips on Wednesday alone. The 41 carried 38,489 rides last week, up 21% from last year. Please share with your neighbors who ride the 41! 👍🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955735988062665016"
          ],
          "editableUntil" : "2025-08-13T21:59:30.028Z",
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
              "138",
              "153"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "154",
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
      "favorite_count" : "11",
      "id_str" : "1955735988062665016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955735988062665016",
      "created_at" : "Wed Aug 13 20:59:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the snow. Warming buses are parked at Northside Transfer Center and the ballpark. Every route we run connects our community. #TransitTuesday #DetourAlert 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955596200891221641"
          ],
          "editableUntil" : "2025-08-13T12:44:02.169Z",
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
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "1955596200891221641",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955596200891221641",
      "created_at" : "Wed Aug 13 11:44:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Millworks Lofts on a clear morning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955591656384110575"
          ],
          "editableUntil" : "2025-08-13T12:25:58.674Z",
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
        "75"
      ],
      "favorite_count" : "5",
      "id_str" : "1955591656384110575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955591656384110575",
      "created_at" : "Wed Aug 13 11:25:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 20 is running about 10 minutes late because of a crash on the bridge!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955588973850610269"
          ],
          "editableUntil" : "2025-08-13T12:15:19.109Z",
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
            "name" : "Samhey1959",
            "screen_name" : "samhey1959",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "43240928094303939",
            "id" : "43240928094303939"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1955587660105541004",
      "id_str" : "1955588973850610269",
      "in_reply_to_user_id" : "43240928094303939",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1955588973850610269",
      "in_reply_to_status_id" : "1955587660105541004",
      "created_at" : "Wed Aug 13 11:15:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@samhey1959 Hey! We hear you. Saturday service on Route 13 is on the list for the next service change. Stay warm out there! ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "samhey1959",
      "in_reply_to_user_id_str" : "43240928094303939"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955337154779389086"
          ],
          "editableUntil" : "2025-08-12T19:34:40.763Z",
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
            "name" : "Profharbor",
            "screen_name" : "profharbor",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "22486560328160754",
            "id" : "22486560328160754"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1955333089770929803",
      "id_str" : "1955337154779389086",
      "in_reply_to_user_id" : "22486560328160754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955337154779389086",
      "in_reply_to_status_id" : "1955333089770929803",
      "created_at" : "Tue Aug 12 18:34:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@profharbor Hey! Lost and found is at Harbor Point Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profharbor",
      "in_reply_to_user_id_str" : "22486560328160754"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955240947562671517"
          ],
          "editableUntil" : "2025-08-12T13:12:23.176Z",
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
      "id_str" : "1955240947562671517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955240947562671517",
      "created_at" : "Tue Aug 12 12:12:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Please be advised: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1954964076192657032",
          "editControlInitial" : {
            "editTweetIds" : [
              "1954964076192657032",
              "1954973923895049995"
            ],
            "editableUntil" : "2025-08-11T18:52:11.897Z",
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
        "75"
      ],
      "favorite_count" : "21",
      "id_str" : "1954973923895049995",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954973923895049995",
      "created_at" : "Mon Aug 11 18:31:19 +0000 2025",
      "favorited" : false,
      "full_text" : "The cold snap is here. Buses are running but expect delays of 45 minutes. 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954964076192657032",
            "1954973923895049995"
          ],
          "editableUntil" : "2025-08-11T18:52:11.897Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1954964076192657032",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1954964076192657032",
      "created_at" : "Mon Aug 11 17:52:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The cold snap is here. Buses are runinng but expect delays of 45 minutes. 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954954887867956399"
          ],
          "editableUntil" : "2025-08-11T18:15:41.230Z",
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
            "name" : "Dadhey",
            "screen_name" : "dadhey",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "43587985833986427",
            "id" : "43587985833986427"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1954954540926505361",
      "id_str" : "1954954887867956399",
      "in_reply_to_user_id" : "43587985833986427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954954887867956399",
      "in_reply_to_status_id" : "1954954540926505361",
      "created_at" : "Mon Aug 11 17:15:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadhey Hello! Buses run until about an hour after the Harvest Market ends. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadhey",
      "in_reply_to_user_id_str" : "43587985833986427"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954937369878368495"
          ],
          "editableUntil" : "2025-08-11T17:06:04.615Z",
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
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1954937369878368495",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954937369878368495",
      "created_at" : "Mon Aug 11 16:06:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the new trip planner: the design is 60% done. For the record, the 19 schedule was correct. Please check it before posting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954920625159901926"
          ],
          "editableUntil" : "2025-08-11T15:59:32.363Z",
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
      "favorite_count" : "5",
      "id_str" : "1954920625159901926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954920625159901926",
      "created_at" : "Mon Aug 11 14:59:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Personal property items recovered from revenue vehicles may be retrieved at the Central Station customer service locat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954861140866973107"
          ],
          "editableUntil" : "2025-08-11T12:03:10.203Z",
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
      "favorite_count" : "6",
      "id_str" : "1954861140866973107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954861140866973107",
      "created_at" : "Mon Aug 11 11:03:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Due to scheduled utility infrastructure rehabilitation on Harbor Dr, the 5 will operate on a temporary detour utilizin…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1954143848111431062",
          "editControlInitial" : {
            "editTweetIds" : [
              "1954143848111431062",
              "1954150510412542077"
            ],
            "editableUntil" : "2025-08-09T12:32:54.283Z",
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
        "72"
      ],
      "favorite_count" : "14",
      "id_str" : "1954150510412542077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954150510412542077",
      "created_at" : "Sat Aug 09 11:59:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Route 25 carried 37,938 rides last week, up 6% from last year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954143848111431062",
            "1954150510412542077"
          ],
          "editableUntil" : "2025-08-09T12:32:54.283Z",
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
        "72"
      ],
      "favorite_count" : "2",
      "id_str" : "1954143848111431062",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1954143848111431062",
      "created_at" : "Sat Aug 09 11:32:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Route 25 carried 37,938 rdies last week, up 6% from last year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953981168259833325"
          ],
          "editableUntil" : "2025-08-09T01:46:28.384Z",
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
        "213"
      ],
      "favorite_count" : "7",
      "id_str" : "1953981168259833325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953981168259833325",
      "created_at" : "Sat Aug 09 00:46:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a big crowd after the game is slowing down the 22 and Route 4. Give yourself an extra 5 minutes. The 22 is running about 5 minutes late because of a big crowd after the game. Appreciate every one of you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953796683655227598"
          ],
          "editableUntil" : "2025-08-08T13:33:23.827Z",
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
        "95"
      ],
      "favorite_count" : "7",
      "id_str" : "1953796683655227598",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953796683655227598",
      "created_at" : "Fri Aug 08 12:33:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the winter service plan: crews poured the last concrete pad. Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953790989614296548"
          ],
          "editableUntil" : "2025-08-08T13:10:46.262Z",
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
            "name" : "Bikegirlprof196",
            "screen_name" : "bikegirlprof196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "50329617447012685",
            "id" : "50329617447012685"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1953788149477563101",
      "id_str" : "1953790989614296548",
      "in_reply_to_user_id" : "50329617447012685",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953790989614296548",
      "in_reply_to_status_id" : "1953788149477563101",
      "created_at" : "Fri Aug 08 12:10:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlprof196 Sorry to hear about the trouble today. The bench at Quarry Rd &amp; 5th St is coming back next week, promise. Our team is on it. Have a good one! 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlprof196",
      "in_reply_to_user_id_str" : "50329617447012685"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953769830139299993"
          ],
          "editableUntil" : "2025-08-08T11:46:41.450Z",
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
            "name" : "Grandpaskater19",
            "screen_name" : "grandpaskater19",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "10821315851691351",
            "id" : "10821315851691351"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1953768084619420372",
      "id_str" : "1953769830139299993",
      "in_reply_to_user_id" : "10821315851691351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953769830139299993",
      "in_reply_to_status_id" : "1953768084619420372",
      "created_at" : "Fri Aug 08 10:46:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpaskater19 Hi there! Sorry for the wait. Items found on buses go to University Station within a day. Give them a call at 555-0142. Let us know if you need anything else. 💙😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpaskater19",
      "in_reply_to_user_id_str" : "10821315851691351"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953566216247651584"
          ],
          "editableUntil" : "2025-08-07T22:17:36.115Z",
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
              "178",
              "192"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "193",
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
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1953565915692135909",
      "id_str" : "1953566216247651584",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953566216247651584",
      "in_reply_to_status_id" : "1953565915692135909",
      "created_at" : "Thu Aug 07 21:17:36 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Picture this: sunrise over the river, a bus full of sleepy commuters and Mr. Leon humming along. Meet Mr. Leon, who keeps the Red Line running through Bluffton every morning. #accessibility #transit",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953565915692135909"
          ],
          "editableUntil" : "2025-08-07T22:16:24.457Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "139",
              "148"
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1953565006175781115",
      "id_str" : "1953565915692135909",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953565915692135909",
      "in_reply_to_status_id" : "1953565006175781115",
      "created_at" : "Thu Aug 07 21:16:24 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Stay safe in the snow. Warming buses are parked at Eastgate Transit Center and the Farmers Market. Our riders deserve reliable service. #RideRRTA 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953565006175781115"
          ],
          "editableUntil" : "2025-08-07T22:12:47.611Z",
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
        "205"
      ],
      "favorite_count" : "2",
      "id_str" : "1953565006175781115",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953565006175781115",
      "created_at" : "Thu Aug 07 21:12:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Some days the bus is a little moving living room: coffee, gossip, Big Mike at the wheel. Thank a bus driver today. Big Mike on the Crosstown Connector just hit 13 years with zero crashes. Sound good? ☀️🚲 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953441041041136148"
          ],
          "editableUntil" : "2025-08-07T14:00:12.020Z",
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
            "name" : "Mikemom15",
            "screen_name" : "mikemom15",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "10846795228439070",
            "id" : "10846795228439070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1953284213557091177",
      "id_str" : "1953441041041136148",
      "in_reply_to_user_id" : "10846795228439070",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953441041041136148",
      "in_reply_to_status_id" : "1953284213557091177",
      "created_at" : "Thu Aug 07 13:00:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@mikemom15 Hey! Thanks! Our the Red Line drivres work hard, and notes like this mean a lot. That's outside my area, so I've passed it to our operations folks. They'll reply here!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mikemom15",
      "in_reply_to_user_id_str" : "10846795228439070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953426089995572029"
          ],
          "editableUntil" : "2025-08-07T13:00:47.413Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "91",
              "103"
            ]
          }
        ],
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
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1953426089995572029",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953426089995572029",
      "created_at" : "Thu Aug 07 12:00:47 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Nothing beats the view of the river from the Farmers Market on a clear morning. #DetourAlert 😒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953172979864382962"
          ],
          "editableUntil" : "2025-08-06T20:15:01.255Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "103",
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
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1953172979864382962",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1953172979864382962",
      "created_at" : "Wed Aug 06 19:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Riverton is beautiful today. Perfect day for a walk along the river in Southport. #DetourAlert #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952661638727573764"
          ],
          "editableUntil" : "2025-08-05T10:23:08.028Z",
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
            "name" : "Dadharbor",
            "screen_name" : "dadharbor",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "42254053619699452",
            "id" : "42254053619699452"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1952660874661719032",
      "id_str" : "1952661638727573764",
      "in_reply_to_user_id" : "42254053619699452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952661638727573764",
      "in_reply_to_status_id" : "1952660874661719032",
      "created_at" : "Tue Aug 05 09:23:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadharbor Ugh, sorry to hear that. That shouldn't happen at Railroad Ave &amp; Garfield Ave. Can you send us the time and direction so we can follow up?",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadharbor",
      "in_reply_to_user_id_str" : "42254053619699452"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952559419367730924"
          ],
          "editableUntil" : "2025-08-05T03:36:57.034Z",
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
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1952559419367730924",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1952559419367730924",
      "created_at" : "Tue Aug 05 02:36:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Reminder: Municipal offices will observe modified operating hours on Tuesday in connection with the Juneteenth parade. The Ju…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952200262090449387"
          ],
          "editableUntil" : "2025-08-04T03:49:47.266Z",
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
            "name" : "Oldmillbikegirl",
            "screen_name" : "oldmillbikegirl",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "15463357970331975",
            "id" : "15463357970331975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1952198548180317252",
      "id_str" : "1952200262090449387",
      "in_reply_to_user_id" : "15463357970331975",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1952200262090449387",
      "in_reply_to_status_id" : "1952198548180317252",
      "created_at" : "Mon Aug 04 02:49:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmillbikegirl Hey! We apologize for the inconvenience. That's not OK. We've logged it and operations will review the video from bus 2023. 🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmillbikegirl",
      "in_reply_to_user_id_str" : "15463357970331975"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952177820024938234"
          ],
          "editableUntil" : "2025-08-04T02:20:36.660Z",
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
        "104"
      ],
      "favorite_count" : "15",
      "id_str" : "1952177820024938234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952177820024938234",
      "created_at" : "Mon Aug 04 01:20:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952042543884735635"
          ],
          "editableUntil" : "2025-08-03T17:23:04.315Z",
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
            "name" : "Nursek14",
            "screen_name" : "nursek14",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "15496875731474516",
            "id" : "15496875731474516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1952040534311243256",
      "id_str" : "1952042543884735635",
      "in_reply_to_user_id" : "15496875731474516",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952042543884735635",
      "in_reply_to_status_id" : "1952040534311243256",
      "created_at" : "Sun Aug 03 16:23:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursek14 Hi! Yes! Route 3 runs every 6 minutes before and after the art crawl. Let us know if you need anything else. 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursek14",
      "in_reply_to_user_id_str" : "15496875731474516"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951423765354456393"
          ],
          "editableUntil" : "2025-08-02T00:24:16.017Z",
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
            "name" : "Jessgrandpa66",
            "screen_name" : "jessgrandpa66",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "46711442613670500",
            "id" : "46711442613670500"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1951423036941259553",
      "id_str" : "1951423765354456393",
      "in_reply_to_user_id" : "46711442613670500",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951423765354456393",
      "in_reply_to_status_id" : "1951423036941259553",
      "created_at" : "Fri Aug 01 23:24:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessgrandpa66 Hey there! A 31-day pass is $45, or $22.50 with rdeuced fare. You can buy one at Northside Transfer Center. We are working on it together with operations!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessgrandpa66",
      "in_reply_to_user_id_str" : "46711442613670500"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951397265095152106"
          ],
          "editableUntil" : "2025-08-01T22:38:57.863Z",
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
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "112",
              "128"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "0",
      "id_str" : "1951397265095152106",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951397265095152106",
      "created_at" : "Fri Aug 01 21:38:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the Northside network plan at West High School on Monday at 1:00 pm. Kudos to @RivertonChamber for the great photos. Every route we run connects our community.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951253719511195108"
          ],
          "editableUntil" : "2025-08-01T13:08:33.929Z",
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
              "136",
              "144"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JDsmBpSn5G",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1950789571192570443",
            "display_url" : "x.com/RiverHawksFC/status…",
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
      "favorite_count" : "1",
      "id_str" : "1951253719511195108",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951253719511195108",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 01 12:08:33 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Paratransit trips for Friday can be booked until 4:45 pm today. Call or use the app. Fun fact: the bus wash uses recycled water! #transit 👏 https://t.co/JDsmBpSn5G",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951034798380281633"
          ],
          "editableUntil" : "2025-07-31T22:38:39.064Z",
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
        "140"
      ],
      "favorite_count" : "10",
      "id_str" : "1951034798380281633",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1951034798380281633",
      "created_at" : "Thu Jul 31 21:38:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Members of the public are invited to provide feedback regarding the bus stop audit via the designated comment submission p…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950970959680253934"
          ],
          "editableUntil" : "2025-07-31T18:24:58.732Z",
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
            "url" : "https://t.co/2F1KBaw7on",
            "expanded_url" : "https://www.rrta.example/survey/bluffton",
            "display_url" : "www.rrta.example/survey/b…",
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
      "favorite_count" : "16",
      "id_str" : "1950970959680253934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950970959680253934",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 31 17:24:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Did you leave a phone on bus 1680? It's waiting for you at Harbor Point Station. https://t.co/2F1KBaw7on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950918534633794447"
          ],
          "editableUntil" : "2025-07-31T14:56:39.627Z",
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
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1950918534633794447",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1950918534633794447",
      "created_at" : "Thu Jul 31 13:56:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 1,137 people at Harbor Point for the Bike to Work Day breakfast. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950903552929705553"
          ],
          "editableUntil" : "2025-07-31T13:57:07.710Z",
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
      "id_str" : "1950903552929705553",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950903552929705553",
      "created_at" : "Thu Jul 31 12:57:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Story time: Anita on Route 22 stopped to help a kid find his mom at the ballpark, then waved the whole bus goodbye. Note to…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950709367987824223"
          ],
          "editableUntil" : "2025-07-31T01:05:30.412Z",
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
            "name" : "Owlkat65",
            "screen_name" : "owlkat65",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "25128455684376662",
            "id" : "25128455684376662"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1950707627324218976",
      "id_str" : "1950709367987824223",
      "in_reply_to_user_id" : "25128455684376662",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1950709367987824223",
      "in_reply_to_status_id" : "1950707627324218976",
      "created_at" : "Thu Jul 31 00:05:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlkat65 Hey there! We're sorry for the trouble. Thanks, Harbor Point is closed for work. We've asekd the trip planner folks to fix it. As I said, the Night Owl is on time according to our system. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlkat65",
      "in_reply_to_user_id_str" : "25128455684376662"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950541357676725730"
          ],
          "editableUntil" : "2025-07-30T13:57:53.633Z",
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
      "favorite_count" : "10",
      "id_str" : "1950541357676725730",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1950541357676725730",
      "created_at" : "Wed Jul 30 12:57:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Please be advised: Saw 39,505 people at the Senior Center for the River Days festival. Riverton, you showed up! Any changes…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950334768076475416"
          ],
          "editableUntil" : "2025-07-30T00:16:58.834Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "181",
              "190"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1950334383690189161",
      "id_str" : "1950334768076475416",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950334768076475416",
      "in_reply_to_status_id" : "1950334383690189161",
      "created_at" : "Tue Jul 29 23:16:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Update on the sidewalk-to-stop program: the design is 60% done. Thank you, Riverton! Great question! I don't know offhand, but our communications team does. Checking now. #FareFree 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950334383690189161"
          ],
          "editableUntil" : "2025-07-30T00:15:27.189Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1950333511991722926",
      "id_str" : "1950334383690189161",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950334383690189161",
      "in_reply_to_status_id" : "1950333511991722926",
      "created_at" : "Tue Jul 29 23:15:27 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The high winds is here. Buses are running but expect delays of 8 minutes!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950333511991722926"
          ],
          "editableUntil" : "2025-07-30T00:11:59.360Z",
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
              "167",
              "176"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/NlHpZbEOfF",
            "expanded_url" : "https://www.rrta.example/news/riverton-marathon",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "143",
              "166"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "4",
      "id_str" : "1950333511991722926",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950333511991722926",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 29 23:11:59 +0000 2025",
      "favorited" : false,
      "full_text" : "The Riverton Marathon is this Wednesday at the VA clinic. Looks like fun. Have a great weekend, everyone! Our riders deserve reliable service. https://t.co/NlHpZbEOfF #Riverton 😀🙏 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950288918988621399"
          ],
          "editableUntil" : "2025-07-29T21:14:47.559Z",
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
        "95"
      ],
      "favorite_count" : "5",
      "id_str" : "1950288918988621399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950288918988621399",
      "created_at" : "Tue Jul 29 20:14:47 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 305 trips on Saturday alone. Share this with anyone who rides Route 16!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950162191795435311"
          ],
          "editableUntil" : "2025-07-29T12:51:13.442Z",
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
              "215",
              "223"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "224",
              "233"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "125",
              "136"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "0",
      "id_str" : "1950162191795435311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950162191795435311",
      "created_at" : "Tue Jul 29 11:51:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: Route 31 skips Orchard Ave until Friday. The closest stop is Millworks Lofts. Not my area of expertise, so I asked @hwhitcombe. Answer coming soon. We couldn't do this without our operators and mechanics. #busstop #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949886744888648338"
          ],
          "editableUntil" : "2025-07-28T18:36:41.782Z",
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
            "url" : "https://t.co/I4QsGzq57H",
            "expanded_url" : "https://www.rrta.example/meetings/fare-capping-2",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "4",
      "id_str" : "1949886744888648338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949886744888648338",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 28 17:36:41 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for fare capping. Take the 5-minute survey: https://t.co/I4QsGzq57H ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949880534898639597"
          ],
          "editableUntil" : "2025-07-28T18:12:01.205Z",
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
      "id_str" : "1949880534898639597",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1949880534898639597",
      "created_at" : "Mon Jul 28 17:12:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.co/fq…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949798757744137474"
          ],
          "editableUntil" : "2025-07-28T12:47:04.012Z",
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
            "name" : "Harborz26",
            "screen_name" : "harborz26",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "50184094682525454",
            "id" : "50184094682525454"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1949797939193603170",
      "id_str" : "1949798757744137474",
      "in_reply_to_user_id" : "50184094682525454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949798757744137474",
      "in_reply_to_status_id" : "1949797939193603170",
      "created_at" : "Mon Jul 28 11:47:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborz26 The last 37 leaves Eastgate Transit Center at 12:35 on weekdays. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborz26",
      "in_reply_to_user_id_str" : "50184094682525454"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949618626290676842"
          ],
          "editableUntil" : "2025-07-28T00:51:17.327Z",
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
            "name" : "Dee Skater1958",
            "screen_name" : "dee_skater1958",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "16526180735672031",
            "id" : "16526180735672031"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1949617462828358058",
      "id_str" : "1949618626290676842",
      "in_reply_to_user_id" : "16526180735672031",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1949618626290676842",
      "in_reply_to_status_id" : "1949617462828358058",
      "created_at" : "Sun Jul 27 23:51:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_skater1958 Hey! We apologize for the inconvenience. Thanks for telling us. We've sent this to the Route 23 supervisor to talk with the driver.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_skater1958",
      "in_reply_to_user_id_str" : "16526180735672031"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949465347987839792"
          ],
          "editableUntil" : "2025-07-27T14:42:12.931Z",
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
            "name" : "Mom Mr",
            "screen_name" : "mom_mr",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "28897512341421370",
            "id" : "28897512341421370"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xy8ENN8SYV",
            "expanded_url" : "https://www.rrta.example/news/graduation-weekend",
            "display_url" : "www.rrta.example/news/gra…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1949464478702035265",
      "id_str" : "1949465347987839792",
      "in_reply_to_user_id" : "28897512341421370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949465347987839792",
      "in_reply_to_status_id" : "1949464478702035265",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 27 13:42:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@mom_mr Sorry to hear about the trouble today. You can sign up for paratransit at https://t.co/xy8ENN8SYV or call 555-0177. I do not know the answer yet, but I will find out. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mom_mr",
      "in_reply_to_user_id_str" : "28897512341421370"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949451700228659450"
          ],
          "editableUntil" : "2025-07-27T13:47:59.052Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "142",
              "151"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "152",
              "167"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "71",
              "81"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "0",
      "id_str" : "1949451700228659450",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1949451700228659450",
      "created_at" : "Sun Jul 27 12:47:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 35 carried 245 rides last week, up 14% from last year. Teamwork: @bencarter and our ops crew sorted out the Route 35 detour in an hour. #RideRRTA #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948891123657573238"
          ],
          "editableUntil" : "2025-07-26T00:40:27.183Z",
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
      "favorite_count" : "19",
      "id_str" : "1948891123657573238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948891123657573238",
      "created_at" : "Fri Jul 25 23:40:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the county fair? Route 31A runs every 15 minutes until midnight on Wednesday. Stay cool out there! ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948886378840353471"
          ],
          "editableUntil" : "2025-07-26T00:21:35.930Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitTu",
            "indices" : [
              "129",
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
      "favorite_count" : "6",
      "id_str" : "1948886378840353471",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948886378840353471",
      "created_at" : "Fri Jul 25 23:21:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: The City of Riverton has announced the schedule for the chili cook-off, which will take place at City Hall. #TransitTu…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948804532639013927"
          ],
          "editableUntil" : "2025-07-25T18:56:22.275Z",
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
        "182"
      ],
      "favorite_count" : "2",
      "id_str" : "1948804532639013927",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1948804532639013927",
      "created_at" : "Fri Jul 25 17:56:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Graduation weekend is Monday. Buses will drop off at Southport Walmart, two blocks from the entrance. We couldn't do this without our operators and mechanics. Questions? Just ask! 👍😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948796030628020600"
          ],
          "editableUntil" : "2025-07-25T18:22:35.238Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "186",
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
        "205"
      ],
      "favorite_count" : "1",
      "id_str" : "1948796030628020600",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1948796030628020600",
      "created_at" : "Fri Jul 25 17:22:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from Lakeside Plaza on a clear morning. Every route we run connects our community. We couldn't do this without our operators and mechanics. #RivertonTransit ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948695459475515301"
          ],
          "editableUntil" : "2025-07-25T11:42:57.206Z",
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
            "name" : "Zgrandpa1976",
            "screen_name" : "zgrandpa1976",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "57420801549104340",
            "id" : "57420801549104340"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1948694277428211285",
      "id_str" : "1948695459475515301",
      "in_reply_to_user_id" : "57420801549104340",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948695459475515301",
      "in_reply_to_status_id" : "1948694277428211285",
      "created_at" : "Fri Jul 25 10:42:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@zgrandpa1976 Hey! We apologize for the delay. That is not OK. We have logged it and operations will review the video from bus 2105. Follow us for live updates on Route 25. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zgrandpa1976",
      "in_reply_to_user_id_str" : "57420801549104340"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948531036590777436"
          ],
          "editableUntil" : "2025-07-25T00:49:35.736Z",
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
        "149"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1948529444407596210",
      "id_str" : "1948531036590777436",
      "in_reply_to_user_id" : "31904769283602820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948531036590777436",
      "in_reply_to_status_id" : "1948529444407596210",
      "created_at" : "Thu Jul 24 23:49:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdnigh Hey! Check with lost and found at Northside Transfer Center. If your phone turns up, they'll hold it for 30 days. Our team is on it.",
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
            "1948373235643308477"
          ],
          "editableUntil" : "2025-07-24T14:22:33.058Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "243",
              "255"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "256",
              "265"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "0",
      "id_str" : "1948373235643308477",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948373235643308477",
      "created_at" : "Thu Jul 24 13:22:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: If the 25 had a soundtrack, this morning it would be a slow jazz tune. Nothing beats the view of the river from Memorial Park on a clear morning. We're trying something new: a poetry contest on the bus cards. Tell us what you think! #DetourAlert #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948369020388092825"
          ],
          "editableUntil" : "2025-07-24T14:05:48.063Z",
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
        "91"
      ],
      "favorite_count" : "3",
      "id_str" : "1948369020388092825",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948369020388092825",
      "created_at" : "Thu Jul 24 13:05:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Open house about the new trip planner on Monday, 5:25 at City Hall. Kids welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948363840032055478"
          ],
          "editableUntil" : "2025-07-24T13:45:12.970Z",
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
            "name" : "Samlakeside1979",
            "screen_name" : "samlakeside1979",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "39117259731042161",
            "id" : "39117259731042161"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1948361105617193335",
      "id_str" : "1948363840032055478",
      "in_reply_to_user_id" : "39117259731042161",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948363840032055478",
      "in_reply_to_status_id" : "1948361105617193335",
      "created_at" : "Thu Jul 24 12:45:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@samlakeside1979 Hey! Yes! The 17 runs evrey 6 minutes before and after the jazz festival. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samlakeside1979",
      "in_reply_to_user_id_str" : "39117259731042161"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948340419432605969"
          ],
          "editableUntil" : "2025-07-24T12:12:09.064Z",
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
      "favorite_count" : "10",
      "id_str" : "1948340419432605969",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948340419432605969",
      "created_at" : "Thu Jul 24 11:12:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Fare capping starts August 12: once you've paid $5 in a day, the rest of your rides are free. Reduced fare cards are half p…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948335001996748503"
          ],
          "editableUntil" : "2025-07-24T11:50:37.446Z",
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
        "63"
      ],
      "favorite_count" : "3",
      "id_str" : "1948335001996748503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948335001996748503",
      "created_at" : "Thu Jul 24 10:50:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Bluffton: more trips on the 38 starting August 6.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948334945147829923"
          ],
          "editableUntil" : "2025-07-24T11:50:23.893Z",
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
            "url" : "https://t.co/xONxbXVHWg",
            "expanded_url" : "https://www.rrta.example/news/riverfront-concert-series",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "3",
      "id_str" : "1948334945147829923",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948334945147829923",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 24 10:50:23 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the new trip planner. Take the 5-minute survey: https://t.co/xONxbXVHWg Buses get our residents to jobs, school and the doctor.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948151177498655147"
          ],
          "editableUntil" : "2025-07-23T23:40:10.271Z",
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
            "name" : "Riverton Kat68",
            "screen_name" : "riverton_kat68",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "54129790819435049",
            "id" : "54129790819435049"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1948149823879657764",
      "id_str" : "1948151177498655147",
      "in_reply_to_user_id" : "54129790819435049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948151177498655147",
      "in_reply_to_status_id" : "1948149823879657764",
      "created_at" : "Wed Jul 23 22:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_kat68 Hi! Take Route 39 to the VA clinic, it's a short walk from there.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_kat68",
      "in_reply_to_user_id_str" : "54129790819435049"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948136755131395866"
          ],
          "editableUntil" : "2025-07-23T22:42:51.710Z",
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
        "225"
      ],
      "favorite_count" : "11",
      "id_str" : "1948136755131395866",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1948136755131395866",
      "created_at" : "Wed Jul 23 21:42:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the thunderstorm. Warming buses are parked at University Station and Riverton General Hospital. The thunderstorm is here. Buses are running but expect delays of 8 minutes. Appreciate every one of you. #busstop ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948018414332979844"
          ],
          "editableUntil" : "2025-07-23T14:52:37.065Z",
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
            "name" : "Busriderthe Rea",
            "screen_name" : "busriderthe_rea",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "30823084826278301",
            "id" : "30823084826278301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1948017782356133152",
      "id_str" : "1948018414332979844",
      "in_reply_to_user_id" : "30823084826278301",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1948018414332979844",
      "in_reply_to_status_id" : "1948017782356133152",
      "created_at" : "Wed Jul 23 13:52:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderthe_rea Thanks for reaching out. Sorry to hear that. The next 37 is about 7 minutes away from Oak Ave &amp; Elm St.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderthe_rea",
      "in_reply_to_user_id_str" : "30823084826278301"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947819687478700642"
          ],
          "editableUntil" : "2025-07-23T01:42:56.891Z",
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
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1947819687478700642",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947819687478700642",
      "created_at" : "Wed Jul 23 00:42:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Stay safe in the ice storm. Warming buses are parked at Northside Transfer Center and West High School. https://t.co/upUWbbpu…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947337445866184831"
          ],
          "editableUntil" : "2025-07-21T17:46:41.531Z",
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
              "101",
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
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1947337445866184831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947337445866184831",
      "created_at" : "Mon Jul 21 16:46:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Riverbend. What do you think? #RiverDays 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947192050749885500"
          ],
          "editableUntil" : "2025-07-21T08:08:56.634Z",
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
            "name" : "Kat Hey",
            "screen_name" : "kat_hey",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "30886429782615791",
            "id" : "30886429782615791"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1947191004039140666",
      "id_str" : "1947192050749885500",
      "in_reply_to_user_id" : "30886429782615791",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1947192050749885500",
      "in_reply_to_status_id" : "1947191004039140666",
      "created_at" : "Mon Jul 21 07:08:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@kat_hey Sorry to hear about the trouble today. The 31A is running about 7 minutes behind because of a lane closure. It should reach University Ave &amp; Summit Ave around 9:30 am. Our team is on it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kat_hey",
      "in_reply_to_user_id_str" : "30886429782615791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946925946985236948"
          ],
          "editableUntil" : "2025-07-20T14:31:32.553Z",
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
            "name" : "Msmaria4",
            "screen_name" : "msmaria4",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1041343549247351",
            "id" : "1041343549247351"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1946924667017395481",
      "id_str" : "1946925946985236948",
      "in_reply_to_user_id" : "1041343549247351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946925946985236948",
      "in_reply_to_status_id" : "1946924667017395481",
      "created_at" : "Sun Jul 20 13:31:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@msmaria4 Thanks for telling us. Comments about Fairview go straight to our planners!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msmaria4",
      "in_reply_to_user_id_str" : "1041343549247351"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946591014537039264"
          ],
          "editableUntil" : "2025-07-19T16:20:38.434Z",
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
            "name" : "Riverbendmaria1",
            "screen_name" : "riverbendmaria1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "8923403909504894",
            "id" : "8923403909504894"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1946590412428019244",
      "id_str" : "1946591014537039264",
      "in_reply_to_user_id" : "8923403909504894",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1946591014537039264",
      "in_reply_to_status_id" : "1946590412428019244",
      "created_at" : "Sat Jul 19 15:20:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendmaria1 Hello! This is so nice to hear. We'll make sure Ms. Pat sees it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendmaria1",
      "in_reply_to_user_id_str" : "8923403909504894"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946333428309796251"
          ],
          "editableUntil" : "2025-07-18T23:17:05.092Z",
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
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1946333428309796251",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1946333428309796251",
      "created_at" : "Fri Jul 18 22:17:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Stay safe in the heat wave. Warming buses are parked at University Station and Riverton Community College. 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1946161146730726639",
          "editControlInitial" : {
            "editTweetIds" : [
              "1946161146730726639",
              "1946169435461399016"
            ],
            "editableUntil" : "2025-07-18T11:52:29.963Z",
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
            "text" : "RiverDays",
            "indices" : [
              "133",
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
      "favorite_count" : "12",
      "id_str" : "1946169435461399016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946169435461399016",
      "created_at" : "Fri Jul 18 11:25:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Northside Mall on a clear morning. You all asked, so here's a thread on the new bike racks. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946162501427466361"
          ],
          "editableUntil" : "2025-07-18T11:57:52.948Z",
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
        "99"
      ],
      "favorite_count" : "23",
      "id_str" : "1946162501427466361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946162501427466361",
      "created_at" : "Fri Jul 18 10:57:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a wallet on bus 1158? It's waiting for you at Southport Station. Stay cool out there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946161146730726639",
            "1946169435461399016"
          ],
          "editableUntil" : "2025-07-18T11:52:29.963Z",
          "editsRemaining" : "4",
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
              "133",
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
      "favorite_count" : "10",
      "id_str" : "1946161146730726639",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946161146730726639",
      "created_at" : "Fri Jul 18 10:52:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Northside Mall on a clear morning. You all asked, so here's a thraed on the new bike racks. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945831495750647851"
          ],
          "editableUntil" : "2025-07-17T14:02:35.044Z",
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
            "name" : "Prof Mr72",
            "screen_name" : "prof_mr72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3731974468525070",
            "id" : "3731974468525070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1945809507442614680",
      "id_str" : "1945831495750647851",
      "in_reply_to_user_id" : "3731974468525070",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945831495750647851",
      "in_reply_to_status_id" : "1945809507442614680",
      "created_at" : "Thu Jul 17 13:02:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@prof_mr72 Hi! We hear you. Saturday service on the 36 is on the list for the next service change. Stay warm out there! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_mr72",
      "in_reply_to_user_id_str" : "3731974468525070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945803934194380872"
          ],
          "editableUntil" : "2025-07-17T12:13:03.857Z",
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
              "154",
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
        "162"
      ],
      "favorite_count" : "7",
      "id_str" : "1945803934194380872",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945803934194380872",
      "created_at" : "Thu Jul 17 11:13:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the food truck rally is this Friday at Riverton Library. Looks like fun. Any changes to the 22 will only be considered after a full evaluation. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945641857287729961"
          ],
          "editableUntil" : "2025-07-17T01:29:01.712Z",
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
            "url" : "https://t.co/bDzhLTbebG",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1945595276869737829",
            "display_url" : "x.com/RivertonLibrary/sta…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "9",
      "id_str" : "1945641857287729961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945641857287729961",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 17 00:29:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. The electric bus rollout is moving. This week the app beta has 11,017 testers! https://t.co/bDzhLTbebG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945624431665168090"
          ],
          "editableUntil" : "2025-07-17T00:19:47.119Z",
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
            "url" : "https://t.co/MNFYVOQwBm",
            "expanded_url" : "https://www.rrta.example/maps/route-28",
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
      "id_str" : "1945624431665168090",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945624431665168090",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 16 23:19:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: More people are riding: 42,854 trips on Tuesday alone. https://t.co/MNFYVOQwBm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945448532529549110"
          ],
          "editableUntil" : "2025-07-16T12:40:49.497Z",
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
      "favorite_count" : "8",
      "id_str" : "1945448532529549110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945448532529549110",
      "created_at" : "Wed Jul 16 11:40:49 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Please be advised: Vertical circulation infrastructure at Harbor Point Station is temporarily non-operational; alterna…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945434826270452252"
          ],
          "editableUntil" : "2025-07-16T11:46:21.671Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "102",
              "116"
            ]
          },
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1945434826270452252",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945434826270452252",
      "created_at" : "Wed Jul 16 10:46:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: The county fair is this Thursday at Harbor Point. Looks like fun. Questions? Just ask! #accessibility #Riverton 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945314766383653701"
          ],
          "editableUntil" : "2025-07-16T03:49:17.163Z",
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
        "152"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1945313314162472713",
      "id_str" : "1945314766383653701",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945314766383653701",
      "in_reply_to_status_id" : "1945313314162472713",
      "created_at" : "Wed Jul 16 02:49:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 42,132 people at the Amtrak station for the Fourth of July fireworks. Riverton, you showed up! Fun fact: the bus wash uses recycled water!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945313314162472713"
          ],
          "editableUntil" : "2025-07-16T03:43:30.926Z",
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
        "174"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1945312942745508102",
      "id_str" : "1945313314162472713",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945313314162472713",
      "in_reply_to_status_id" : "1945312942745508102",
      "created_at" : "Wed Jul 16 02:43:30 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Buses on the 28 are about 30 min behind right now (a lane closure). Thanks for your patience. Thank you, Riverton! We couldn't do this without our operators and mechanics.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945312942745508102"
          ],
          "editableUntil" : "2025-07-16T03:42:02.374Z",
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
        "147"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1945311690648903744",
      "id_str" : "1945312942745508102",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945312942745508102",
      "in_reply_to_status_id" : "1945311690648903744",
      "created_at" : "Wed Jul 16 02:42:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts July 24: once you've paid $5 in a day, the rest of your rides are free. Buses get our residents to jobs, school and the doctor.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945311690648903744"
          ],
          "editableUntil" : "2025-07-16T03:37:03.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "244",
              "258"
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
      "favorite_count" : "0",
      "id_str" : "1945311690648903744",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945311690648903744",
      "created_at" : "Wed Jul 16 02:37:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the 17 cannot get down Washington Ave today (a water main break), so it is using Terrace Pl. Fun fact: the 17 is the busiest route on Mondays! We are trying something new: free rides on graduation weekend day. Tell us what you think! #accessibility 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945306259124614668"
          ],
          "editableUntil" : "2025-07-16T03:15:28.874Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "190",
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
      "favorite_count" : "4",
      "id_str" : "1945306259124614668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945306259124614668",
      "created_at" : "Wed Jul 16 02:15:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Watching Family Day at the zoo crowds pour off Route 7 is the closest thing we have to a parade. The elevator at University Station is out of service. Use the ramp on the Garfield Ave side. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945153740130523929"
          ],
          "editableUntil" : "2025-07-15T17:09:25.513Z",
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
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "1945153740130523929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945153740130523929",
      "created_at" : "Tue Jul 15 16:09:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the county fair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945094631663791284"
          ],
          "editableUntil" : "2025-07-15T13:14:32.956Z",
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
              "147",
              "156"
            ]
          },
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
      "favorite_count" : "3",
      "id_str" : "1945094631663791284",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945094631663791284",
      "created_at" : "Tue Jul 15 12:14:32 +0000 2025",
      "favorited" : false,
      "full_text" : "The microtransit zone in Southport is moving. This week we mapped every stop in Prairie View. Our riders deserve reliable service. Does that help? #Riverton #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944926446671076832"
          ],
          "editableUntil" : "2025-07-15T02:06:14.529Z",
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
            "url" : "https://t.co/o7TDALMhgg",
            "expanded_url" : "https://x.com/bencarter/status/1944299100770033003",
            "display_url" : "x.com/bencarter/status/19…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "3",
      "id_str" : "1944926446671076832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944926446671076832",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 15 01:06:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 26 riders: Paratransit trips for Thursday can be booked until 10:30 today. Call or use the app. ❤️ https://t.co/o7TDALMhgg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944794638088768888"
          ],
          "editableUntil" : "2025-07-14T17:22:28.914Z",
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
      "favorite_count" : "13",
      "id_str" : "1944794638088768888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944794638088768888",
      "created_at" : "Mon Jul 14 16:22:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Please be advised: New schedules start July 27. Route 3 will come every 30 minutes on weekdays. Stay cool out there! What do you…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944457765645955440"
          ],
          "editableUntil" : "2025-07-13T19:03:52.265Z",
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
            "name" : "Hey Grandpa47",
            "screen_name" : "hey_grandpa47",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "26061863987597384",
            "id" : "26061863987597384"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/TLfIT88bHM",
            "expanded_url" : "https://www.rrta.example/meetings/transit-signal-priority-project-4",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1944456993211216548",
      "id_str" : "1944457765645955440",
      "in_reply_to_user_id" : "26061863987597384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944457765645955440",
      "in_reply_to_status_id" : "1944456993211216548",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 13 18:03:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_grandpa47 Thanks for reaching out. New schedules start July 16. You can see them at https://t.co/TLfIT88bHM Follow us for live updates on Route 21.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_grandpa47",
      "in_reply_to_user_id_str" : "26061863987597384"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944012136212031651"
          ],
          "editableUntil" : "2025-07-12T13:33:05.928Z",
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
            "name" : "Dj Mike26",
            "screen_name" : "dj_mike26",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "64664831883754066",
            "id" : "64664831883754066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1944010895072289569",
      "id_str" : "1944012136212031651",
      "in_reply_to_user_id" : "64664831883754066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944012136212031651",
      "in_reply_to_status_id" : "1944010895072289569",
      "created_at" : "Sat Jul 12 12:33:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@dj_mike26 Hey! The last 27 leaves Central Station at 7:50 am on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dj_mike26",
      "in_reply_to_user_id_str" : "64664831883754066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943765836947289154"
          ],
          "editableUntil" : "2025-07-11T21:14:23.608Z",
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
        "272"
      ],
      "favorite_count" : "17",
      "id_str" : "1943765836947289154",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943765836947289154",
      "created_at" : "Fri Jul 11 20:14:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the summer block party is Tuesday. Buses will drop off at Water St &amp; Riverside Dr, two blocks from the entrance. The information in our Route 40 post was accurate as published. Proud of our team for getting Route 40 back on schedule so fast. Questions? Just ask!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1943684320206729895",
          "editControlInitial" : {
            "editTweetIds" : [
              "1943684320206729895",
              "1943688429918293967"
            ],
            "editableUntil" : "2025-07-11T15:50:28.502Z",
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
        "urls" : [
          {
            "url" : "https://t.co/2DMRMM4Ky5",
            "expanded_url" : "https://www.rrta.example/survey/northside",
            "display_url" : "www.rrta.example/survey/n…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "6",
      "id_str" : "1943688429918293967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943688429918293967",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 11 15:06:48 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the bus stop audit. Take the 5-minute survey: https://t.co/2DMRMM4Ky5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943684320206729895",
            "1943688429918293967"
          ],
          "editableUntil" : "2025-07-11T15:50:28.502Z",
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
        "urls" : [
          {
            "url" : "https://t.co/dohyrzxSz9",
            "expanded_url" : "https://www.rrta.example/survey/northside",
            "display_url" : "www.rrta.example/survey/n…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "20",
      "id_str" : "1943684320206729895",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1943684320206729895",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 11 14:50:28 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your iedas for the bus stop audit. Take the 5-minute survey: https://t.co/dohyrzxSz9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943293406390172510"
          ],
          "editableUntil" : "2025-07-10T13:57:07.385Z",
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
            "name" : "Rivertonoldmill",
            "screen_name" : "rivertonoldmill",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "65090482882693071",
            "id" : "65090482882693071"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1943290069036625717",
      "id_str" : "1943293406390172510",
      "in_reply_to_user_id" : "65090482882693071",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1943293406390172510",
      "in_reply_to_status_id" : "1943290069036625717",
      "created_at" : "Thu Jul 10 12:57:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertonoldmill Hi there! That is not OK. We have logged it and operations will review the video from bus 1851. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertonoldmill",
      "in_reply_to_user_id_str" : "65090482882693071"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943276826283972039"
          ],
          "editableUntil" : "2025-07-10T12:51:14.380Z",
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
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "1943276826283972039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943276826283972039",
      "created_at" : "Thu Jul 10 11:51:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Come tell us what you think about the bus shelter redesign at the Senior Center on Sunday at 3:15. Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942998502618278294"
          ],
          "editableUntil" : "2025-07-09T18:25:16.847Z",
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
            "name" : "River Hawks FC",
            "screen_name" : "RiverHawksFC",
            "indices" : [
              "16",
              "29"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vIPCap0EKp",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1942969105169434304",
            "display_url" : "x.com/RiverHawksFC/status…",
            "indices" : [
              "215",
              "238"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "4",
      "id_str" : "1942998502618278294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942998502618278294",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 09 17:25:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RiverHawksFC. Did you leave a kid's stuffed bunny on bus 1499? It's waiting for you at Harbor Point Station. We couldn't do this without our operators and mechanics. Any questions, just reply here! https://t.co/vIPCap0EKp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942943876240403290"
          ],
          "editableUntil" : "2025-07-09T14:48:12.904Z",
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
              "104",
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
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1942943876240403290",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1942943876240403290",
      "created_at" : "Wed Jul 09 13:48:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. Thank you, Riverton! #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942908047017141201"
          ],
          "editableUntil" : "2025-07-09T12:25:50.551Z",
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
            "name" : "Hey Jess1966",
            "screen_name" : "hey_jess1966",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "64985999255341470",
            "id" : "64985999255341470"
          },
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
        "170"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1942906512988587242",
      "id_str" : "1942908047017141201",
      "in_reply_to_user_id" : "64985999255341470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942908047017141201",
      "in_reply_to_status_id" : "1942906512988587242",
      "created_at" : "Wed Jul 09 11:25:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_jess1966 Hey! Take the Night Owl to the Farmers Market, it's a short walk from there. Thanks to @bencarter on our ops team for tracking this down. Hope that helps! 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_jess1966",
      "in_reply_to_user_id_str" : "64985999255341470"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942770706687805854"
          ],
          "editableUntil" : "2025-07-09T03:20:06.065Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "60",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "id_str" : "1942770706687805854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942770706687805854",
      "created_at" : "Wed Jul 09 02:20:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: More people are riding: 49 trips on Friday alone. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942567677046098728"
          ],
          "editableUntil" : "2025-07-08T13:53:20.026Z",
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
              "82",
              "97"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "98",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "1942567677046098728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942567677046098728",
      "created_at" : "Tue Jul 08 12:53:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work is slowing down the 33 and Route 34. Give yourself an extra 20 minutes. #TransitTuesday #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942330819004641333"
          ],
          "editableUntil" : "2025-07-07T22:12:08.669Z",
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
            "name" : "Sam Riverton",
            "screen_name" : "sam_riverton",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "36325866084111050",
            "id" : "36325866084111050"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1942329291971097326",
      "id_str" : "1942330819004641333",
      "in_reply_to_user_id" : "36325866084111050",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1942330819004641333",
      "in_reply_to_status_id" : "1942329291971097326",
      "created_at" : "Mon Jul 07 21:12:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_riverton Hello. Our real-time monitoring indicates Route 30 is experiencing a schedule variance of approximately 3 minutes; estimated arrival at St. Luke's Clinic is 4:50. Thank you for your patience and understanding.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_riverton",
      "in_reply_to_user_id_str" : "36325866084111050"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942046707983228184"
          ],
          "editableUntil" : "2025-07-07T03:23:11.323Z",
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
            "name" : "Ztransitnerd196",
            "screen_name" : "ztransitnerd196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "6191480450663355",
            "id" : "6191480450663355"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1942045800944069115",
      "id_str" : "1942046707983228184",
      "in_reply_to_user_id" : "6191480450663355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942046707983228184",
      "in_reply_to_status_id" : "1942045800944069115",
      "created_at" : "Mon Jul 07 02:23:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@ztransitnerd196 Hey! We apologzie for the inconvenience. Sorry you got left behind. We're adding trips to Route 38 this month. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ztransitnerd196",
      "in_reply_to_user_id_str" : "6191480450663355"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941272426866685830"
          ],
          "editableUntil" : "2025-07-05T00:06:28.319Z",
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
            "name" : "Mrmaria1970",
            "screen_name" : "mrmaria1970",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "12376862464156572",
            "id" : "12376862464156572"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1941271076584521459",
      "id_str" : "1941272426866685830",
      "in_reply_to_user_id" : "12376862464156572",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1941272426866685830",
      "in_reply_to_status_id" : "1941271076584521459",
      "created_at" : "Fri Jul 04 23:06:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrmaria1970 Thanks for reaching out. The last 5 leaves Central Station at 5:30 am on weekdays. 💙😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrmaria1970",
      "in_reply_to_user_id_str" : "12376862464156572"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941198307935982689"
          ],
          "editableUntil" : "2025-07-04T19:11:56.989Z",
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
            "name" : "Harborowl4",
            "screen_name" : "harborowl4",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "71939158020793295",
            "id" : "71939158020793295"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1941196968778690308",
      "id_str" : "1941198307935982689",
      "in_reply_to_user_id" : "71939158020793295",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941198307935982689",
      "in_reply_to_status_id" : "1941196968778690308",
      "created_at" : "Fri Jul 04 18:11:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborowl4 Hello! Sorry to hear that. Lost and found is at Central Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Hope that helps! ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborowl4",
      "in_reply_to_user_id_str" : "71939158020793295"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941187208955717631"
          ],
          "editableUntil" : "2025-07-04T18:27:50.786Z",
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
            "name" : "Skatertransitne",
            "screen_name" : "skatertransitne",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59619468551300392",
            "id" : "59619468551300392"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1941186087079513725",
      "id_str" : "1941187208955717631",
      "in_reply_to_user_id" : "59619468551300392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941187208955717631",
      "in_reply_to_status_id" : "1941186087079513725",
      "created_at" : "Fri Jul 04 17:27:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@skatertransitne Hi there! Thanks for telling us. Comments about Millbrook go straight to our planners. 🚏🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "skatertransitne",
      "in_reply_to_user_id_str" : "59619468551300392"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941181791869199484"
          ],
          "editableUntil" : "2025-07-04T18:06:19.252Z",
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
            "name" : "Just Jess1990",
            "screen_name" : "just_jess1990",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "21709635139155298",
            "id" : "21709635139155298"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1941181027240485871",
      "id_str" : "1941181791869199484",
      "in_reply_to_user_id" : "21709635139155298",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1941181791869199484",
      "in_reply_to_status_id" : "1941181027240485871",
      "created_at" : "Fri Jul 04 17:06:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_jess1990 Hey! A 31-day pass is $45, or $22.50 with redcued fare. You can buy one at Southport Station. ❤️😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_jess1990",
      "in_reply_to_user_id_str" : "21709635139155298"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941113594675960580"
          ],
          "editableUntil" : "2025-07-04T13:35:19.774Z",
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
            "url" : "https://t.co/sANnYSFq74",
            "expanded_url" : "https://x.com/RivertonSchools/status/1940801776083545638",
            "display_url" : "x.com/RivertonSchools/sta…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "2",
      "id_str" : "1941113594675960580",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1941113594675960580",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 04 12:35:19 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 More people are riding: 36,447 trips on Tuesday alone. Share this with anyone who rides Route 35! Sound good? 👍 https://t.co/sANnYSFq74",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1940799335244380207",
          "editControlInitial" : {
            "editTweetIds" : [
              "1940799335244380207",
              "1940801993854920268"
            ],
            "editableUntil" : "2025-07-03T16:46:34.487Z",
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
            "text" : "TransitTuesday",
            "indices" : [
              "170",
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
      "favorite_count" : "11",
      "id_str" : "1940801993854920268",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940801993854920268",
      "created_at" : "Thu Jul 03 15:57:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: Route 38 skips Dock St until Wednesday. The closest stop is Dock St &amp; Water St. Great question! I don't know offhand, but our planning team does. Checking now. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940799335244380207",
            "1940801993854920268"
          ],
          "editableUntil" : "2025-07-03T16:46:34.487Z",
          "editsRemaining" : "4",
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
              "170",
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
      "favorite_count" : "3",
      "id_str" : "1940799335244380207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940799335244380207",
      "created_at" : "Thu Jul 03 15:46:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: Route 38 skips Dock St unitl Wednesday. The closest stop is Dock St &amp; Water St. Great question! I don't know offhand, but our planning team does. Checking now. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940775180375627312"
          ],
          "editableUntil" : "2025-07-03T15:10:35.517Z",
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
        "163"
      ],
      "favorite_count" : "5",
      "id_str" : "1940775180375627312",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940775180375627312",
      "created_at" : "Thu Jul 03 14:10:35 +0000 2025",
      "favorited" : false,
      "full_text" : "The Harvest Market is this Monday at the Farmers Market. Looks like fun. Saw 33,428 people at the Farmers Market for the Harvest Market. Riverton, you showed up! 🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940737575202931162"
          ],
          "editableUntil" : "2025-07-03T12:41:09.745Z",
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
        "149"
      ],
      "favorite_count" : "4",
      "id_str" : "1940737575202931162",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940737575202931162",
      "created_at" : "Thu Jul 03 11:41:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Good news for Eastgate: more trips on the 30 starting July 23. Any changes to the 30 will only be considered after a full evaluation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940731887539308890"
          ],
          "editableUntil" : "2025-07-03T12:18:33.701Z",
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
      "id_str" : "1940731887539308890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940731887539308890",
      "created_at" : "Thu Jul 03 11:18:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The river looks stubborn today. Going to the Cinco de Mayo festival? The 16 runs every 40 minutes until midnight on Fr…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940565791809512927"
          ],
          "editableUntil" : "2025-07-03T01:18:33.393Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "158",
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
      "in_reply_to_status_id_str" : "1940565457754808268",
      "id_str" : "1940565791809512927",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1940565791809512927",
      "in_reply_to_status_id" : "1940565457754808268",
      "created_at" : "Thu Jul 03 00:18:33 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at Vine St &amp; Summit Ave is done, so boarding with a wheelchair or stroller is easier. Proud to serve Riverton riders every day. Does that help? #RivertonTransit #transit",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940565457754808268"
          ],
          "editableUntil" : "2025-07-03T01:17:13.748Z",
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
        "65"
      ],
      "favorite_count" : "4",
      "id_str" : "1940565457754808268",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940565457754808268",
      "created_at" : "Thu Jul 03 00:17:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 20 carried 17,257 rides last week, up 27% from last year. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940558500632696863"
          ],
          "editableUntil" : "2025-07-03T00:49:35.041Z",
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
      "favorite_count" : "4",
      "id_str" : "1940558500632696863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940558500632696863",
      "created_at" : "Wed Jul 02 23:49:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Please be advised: Some days the bus is a little moving living room: coffee, gossip, Big Mike at the wheel. Saw 222 people at Ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940037245118260682"
          ],
          "editableUntil" : "2025-07-01T14:18:18.042Z",
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
            "name" : "Night Mike",
            "screen_name" : "night_mike",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "22541666567172464",
            "id" : "22541666567172464"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1940036491054006193",
      "id_str" : "1940037245118260682",
      "in_reply_to_user_id" : "22541666567172464",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1940037245118260682",
      "in_reply_to_status_id" : "1940036491054006193",
      "created_at" : "Tue Jul 01 13:18:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_mike That's not OK. We've logged it and operations will review the video from bus 2025. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_mike",
      "in_reply_to_user_id_str" : "22541666567172464"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939871621794409224"
          ],
          "editableUntil" : "2025-07-01T03:20:10.364Z",
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
              "125",
              "134"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PK8fDfp1yK",
            "expanded_url" : "https://www.rrta.example/schedules/june-19",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "12",
      "id_str" : "1939871621794409224",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939871621794409224",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 01 02:20:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Going to the River Days festival? The 88 runs every 40 minutes until midnight on Saturday. https://t.co/PK8fDfp1yK #Riverton 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939811642642354449"
          ],
          "editableUntil" : "2025-06-30T23:21:50.220Z",
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
        "262"
      ],
      "favorite_count" : "12",
      "id_str" : "1939811642642354449",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1939811642642354449",
      "created_at" : "Mon Jun 30 22:21:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Road work on Bridge St means the 17 uses Vine St for now. Add about 5 minutes. The 17 is on detour around Bridge St because of sideawlk work. Catch it at the Farmers Market instead. Follow this thread for updates on the transit signal priority project.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939661865458416075"
          ],
          "editableUntil" : "2025-06-30T13:26:40.557Z",
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
            "name" : "Grandpamaria71",
            "screen_name" : "grandpamaria71",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "54298722891847912",
            "id" : "54298722891847912"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1939660982112008316",
      "id_str" : "1939661865458416075",
      "in_reply_to_user_id" : "54298722891847912",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939661865458416075",
      "in_reply_to_status_id" : "1939660982112008316",
      "created_at" : "Mon Jun 30 12:26:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpamaria71 Thanks for reaching out. Sorry to hear that. Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpamaria71",
      "in_reply_to_user_id_str" : "54298722891847912"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939517950007693944"
          ],
          "editableUntil" : "2025-06-30T03:54:48.439Z",
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
        "184"
      ],
      "favorite_count" : "2",
      "id_str" : "1939517950007693944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939517950007693944",
      "created_at" : "Mon Jun 30 02:54:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Municipal offices will observe modified operating hours on Wednesday in connection with graduation weekend. Nothing beats the view of the river from Millworks Lofts on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939081572164156529"
          ],
          "editableUntil" : "2025-06-28T23:00:47.854Z",
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
            "name" : "Coffee Lakeside",
            "screen_name" : "coffee_lakeside",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "39957131222614854",
            "id" : "39957131222614854"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7Sfz0cNfOX",
            "expanded_url" : "https://www.rrta.example/schedules/june-10",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "214",
              "237"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1939081105192679375",
      "id_str" : "1939081572164156529",
      "in_reply_to_user_id" : "39957131222614854",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939081572164156529",
      "in_reply_to_status_id" : "1939081105192679375",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 28 22:00:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_lakeside We are sorry for the trouble. That should not happen at Sycamore St &amp; Nicollet Ave. Can you send us the time and direction so we can follow up? My bad, that link was broken. Here is the right one: https://t.co/7Sfz0cNfOX Have a good one! 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_lakeside",
      "in_reply_to_user_id_str" : "39957131222614854"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1938736666124628212",
          "editControlInitial" : {
            "editTweetIds" : [
              "1938736666124628212",
              "1938740719748557195"
            ],
            "editableUntil" : "2025-06-28T00:10:15.846Z",
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
            "text" : "FareFree",
            "indices" : [
              "135",
              "144"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "101",
              "110"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/X0XEENLAM4",
            "expanded_url" : "https://www.rrta.example/schedules/june-26",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "6",
      "id_str" : "1938740719748557195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938740719748557195",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 27 23:26:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the heat wave. Warming buses are parked at Harbor Point Station and Lakeside Plaza. Via @RivBikes https://t.co/X0XEENLAM4 #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938736666124628212",
            "1938740719748557195"
          ],
          "editableUntil" : "2025-06-28T00:10:15.846Z",
          "editsRemaining" : "4",
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
              "135",
              "144"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "101",
              "110"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QQHF17Z4WB",
            "expanded_url" : "https://www.rrta.example/schedules/june-26",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "10",
      "id_str" : "1938736666124628212",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1938736666124628212",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 27 23:10:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the heat wave. Warming buess are parked at Harbor Point Station and Lakeside Plaza. Via @RivBikes https://t.co/QQHF17Z4WB #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938681192407049873"
          ],
          "editableUntil" : "2025-06-27T20:29:49.881Z",
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
            "name" : "Tj Lakeside64",
            "screen_name" : "tj_lakeside64",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "35640596930970118",
            "id" : "35640596930970118"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1938679970402495669",
      "id_str" : "1938681192407049873",
      "in_reply_to_user_id" : "35640596930970118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938681192407049873",
      "in_reply_to_status_id" : "1938679970402495669",
      "created_at" : "Fri Jun 27 19:29:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_lakeside64 Route 21 is running about 20 minutes behind because of ice on the hills. It should reach Memorial Park around 3:30. I can tell you with certainty that Route 21 is on schedule. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_lakeside64",
      "in_reply_to_user_id_str" : "35640596930970118"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938281368597134648"
          ],
          "editableUntil" : "2025-06-26T18:01:04.456Z",
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
              "179",
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
      "favorite_count" : "0",
      "id_str" : "1938281368597134648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938281368597134648",
      "created_at" : "Thu Jun 26 17:01:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the cold snap. Warming buses are parked at Eastgate Transit Center and City Hall. Please share with your neighbors who ride Route 32! Any questions, just reply here. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938225798134636189"
          ],
          "editableUntil" : "2025-06-26T14:20:15.426Z",
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
            "name" : "Eastgatems1970",
            "screen_name" : "eastgatems1970",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "36013711884143891",
            "id" : "36013711884143891"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1937998157150351839",
      "id_str" : "1938225798134636189",
      "in_reply_to_user_id" : "36013711884143891",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938225798134636189",
      "in_reply_to_status_id" : "1937998157150351839",
      "created_at" : "Thu Jun 26 13:20:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgatems1970 We are sorry for the trouble. Items found on buses go to Northside Transfer Center within a day. Give them a call at 555-0142. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgatems1970",
      "in_reply_to_user_id_str" : "36013711884143891"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938002095854829008"
          ],
          "editableUntil" : "2025-06-25T23:31:20.646Z",
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
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1938002095854829008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938002095854829008",
      "created_at" : "Wed Jun 25 22:31:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Kids under 12 ride free all summer on every route, including Route 27!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937852664317720882"
          ],
          "editableUntil" : "2025-06-25T13:37:33.391Z",
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
            "name" : "Mrlakeside",
            "screen_name" : "mrlakeside",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "59937684666309305",
            "id" : "59937684666309305"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1937851836483889099",
      "id_str" : "1937852664317720882",
      "in_reply_to_user_id" : "59937684666309305",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1937852664317720882",
      "in_reply_to_status_id" : "1937851836483889099",
      "created_at" : "Wed Jun 25 12:37:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrlakeside Hey! We are sorry for the trouble. Thanks! We will pull bus 1810 for an AC check when it gets back to the garage. Thanks for your kind words!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrlakeside",
      "in_reply_to_user_id_str" : "59937684666309305"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937784810327993770"
          ],
          "editableUntil" : "2025-06-25T09:07:55.739Z",
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
            "name" : "Dadbusrider",
            "screen_name" : "dadbusrider",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "46376341087843398",
            "id" : "46376341087843398"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1937782881413259734",
      "id_str" : "1937784810327993770",
      "in_reply_to_user_id" : "46376341087843398",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937784810327993770",
      "in_reply_to_status_id" : "1937782881413259734",
      "created_at" : "Wed Jun 25 08:07:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadbusrider We're sorry for the trouble. That shouldn't happen at Cedar Ln &amp; Wabash Ave. Can you send us the time and direction so we can follow up? Let us know if you need anything else. ☀️🚌",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadbusrider",
      "in_reply_to_user_id_str" : "46376341087843398"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937475094654412452"
          ],
          "editableUntil" : "2025-06-24T12:37:13.769Z",
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
            "name" : "Just The Real25",
            "screen_name" : "just_the_real25",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "19820221610304947",
            "id" : "19820221610304947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1937473779811709800",
      "id_str" : "1937475094654412452",
      "in_reply_to_user_id" : "19820221610304947",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937475094654412452",
      "in_reply_to_status_id" : "1937473779811709800",
      "created_at" : "Tue Jun 24 11:37:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_the_real25 Hey! Buses run until about an hour after the summer block party ends. That is outside my area, so I have passed it to our accessibility folks. They'll reply here!",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_the_real25",
      "in_reply_to_user_id_str" : "19820221610304947"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937268266433406317"
          ],
          "editableUntil" : "2025-06-23T22:55:22.078Z",
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
            "name" : "Transitnerdsam",
            "screen_name" : "transitnerdsam",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "43441672698747628",
            "id" : "43441672698747628"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/4a03x7Veo7",
            "expanded_url" : "https://www.rrta.example/news/air-show",
            "display_url" : "www.rrta.example/news/air…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1937267568195860524",
      "id_str" : "1937268266433406317",
      "in_reply_to_user_id" : "43441672698747628",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937268266433406317",
      "in_reply_to_status_id" : "1937267568195860524",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 21:55:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdsam Hey! You can sign up for paratransit at https://t.co/4a03x7Veo7 or call 555-0177. We are testing weekend service to Kingsley soon, so your feedback really helps. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdsam",
      "in_reply_to_user_id_str" : "43441672698747628"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937145581961456934"
          ],
          "editableUntil" : "2025-06-23T14:47:51.821Z",
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
            "url" : "https://t.co/m8NllTSNpD",
            "expanded_url" : "https://x.com/RivertonChamber/status/1936762202033750461",
            "display_url" : "x.com/RivertonChamber/sta…",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "4",
      "id_str" : "1937145581961456934",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937145581961456934",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 13:47:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonCC. Did you leave a glasses on bus 1952? It is waiting for you at Harbor Point Station. Any questions, just reply here. https://t.co/m8NllTSNpD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937131956600921887"
          ],
          "editableUntil" : "2025-06-23T13:53:43.282Z",
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
      "favorite_count" : "28",
      "id_str" : "1937131956600921887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937131956600921887",
      "created_at" : "Mon Jun 23 12:53:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Please be advised: Saw 43,777 people at the fairgrounds for the jazz festival. Riverton, you showed up! Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937105098359154281"
          ],
          "editableUntil" : "2025-06-23T12:06:59.778Z",
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
            "url" : "https://t.co/rueQPW1o35",
            "expanded_url" : "https://www.rrta.example/alerts/april-12-route-33",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1937105098359154281",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1937105098359154281",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 23 11:06:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 16,141 people at Southport Walmart for the Dragon Boat races. Riverton, you showed up! You all are the best. https://t.co/rueQPW1o35 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936933357636237730"
          ],
          "editableUntil" : "2025-06-23T00:44:33.599Z",
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
      "favorite_count" : "4",
      "id_str" : "1936933357636237730",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936933357636237730",
      "created_at" : "Sun Jun 22 23:44:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Please be advised: Picture this: sunrise over the river, a bus full of sleepy commuters and Terrence humming along. The Memo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936248597699234684"
          ],
          "editableUntil" : "2025-06-21T03:23:34.107Z",
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
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1936248597699234684",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1936248597699234684",
      "created_at" : "Sat Jun 21 02:23:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from City Hall on a clear morning!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936060324846420723"
          ],
          "editableUntil" : "2025-06-20T14:55:26.361Z",
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
            "name" : "Skaterz",
            "screen_name" : "skaterz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "26336876983831806",
            "id" : "26336876983831806"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1936057176964001088",
      "id_str" : "1936060324846420723",
      "in_reply_to_user_id" : "26336876983831806",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1936060324846420723",
      "in_reply_to_status_id" : "1936057176964001088",
      "created_at" : "Fri Jun 20 13:55:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@skaterz Hey! Sorry to hear that. Sorry you got left behind. We're adding trips to the 20 this month. Hope that helps! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "skaterz",
      "in_reply_to_user_id_str" : "26336876983831806"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936053157775649306"
          ],
          "editableUntil" : "2025-06-20T14:26:57.598Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "134"
      ],
      "favorite_count" : "6",
      "id_str" : "1936053157775649306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936053157775649306",
      "created_at" : "Fri Jun 20 13:26:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: The City of Riverton has announced the schedule for the chili cook-off, which will take place at City Hall. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936025980161988579"
          ],
          "editableUntil" : "2025-06-20T12:38:57.950Z",
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
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "1936025980161988579",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1936025980161988579",
      "created_at" : "Fri Jun 20 11:38:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The Memorial Day ceremony is this Monday at West High School. Looks like fun!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935888087665160144"
          ],
          "editableUntil" : "2025-06-20T03:31:01.817Z",
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
        "247"
      ],
      "favorite_count" : "21",
      "id_str" : "1935888087665160144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935888087665160144",
      "created_at" : "Fri Jun 20 02:31:01 +0000 2025",
      "favorited" : false,
      "full_text" : "The cold snap is here. Buses are running but expect delays of 8 minutes. Stay safe in the cold snap. Warming buses are parked at Southport Station and the Art Museum. Buses get our residents to jobs, school and the doctor. Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1935879053063048789",
          "editControlInitial" : {
            "editTweetIds" : [
              "1935879053063048789",
              "1935879948808205134"
            ],
            "editableUntil" : "2025-06-20T02:55:07.800Z",
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
        "urls" : [
          {
            "url" : "https://t.co/wiNTgj4Xqc",
            "expanded_url" : "https://www.rrta.example/alerts/june-7-route-40",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "8",
      "id_str" : "1935879948808205134",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1935879948808205134",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 20 01:58:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/wiNTgj4Xqc 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935879053063048789",
            "1935879948808205134"
          ],
          "editableUntil" : "2025-06-20T02:55:07.800Z",
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
        "urls" : [
          {
            "url" : "https://t.co/CZsRbWa0zq",
            "expanded_url" : "https://www.rrta.example/alerts/june-7-route-40",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "13",
      "id_str" : "1935879053063048789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935879053063048789",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 20 01:55:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cadrs are half price for seniors, students and riders with disabilities. Apply: https://t.co/CZsRbWa0zq 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935822520847360544"
          ],
          "editableUntil" : "2025-06-19T23:10:29.470Z",
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
            "name" : "Kbusrider1967",
            "screen_name" : "kbusrider1967",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "43709810355023902",
            "id" : "43709810355023902"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1935820198587175353",
      "id_str" : "1935822520847360544",
      "in_reply_to_user_id" : "43709810355023902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935822520847360544",
      "in_reply_to_status_id" : "1935820198587175353",
      "created_at" : "Thu Jun 19 22:10:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@kbusrider1967 We apologize for the delay. Route 38 is running about 4 minutes behind because of a bus breakdown. It should reach Garfield Ave &amp; Tower Rd around 4:15. Our team is on it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kbusrider1967",
      "in_reply_to_user_id_str" : "43709810355023902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935721395906647956"
          ],
          "editableUntil" : "2025-06-19T16:28:39.405Z",
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
      "favorite_count" : "2",
      "id_str" : "1935721395906647956",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935721395906647956",
      "created_at" : "Thu Jun 19 15:28:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: The fare capping initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range cap…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935689364961966112"
          ],
          "editableUntil" : "2025-06-19T14:21:22.633Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "222"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1935688085880928612",
      "id_str" : "1935689364961966112",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935689364961966112",
      "in_reply_to_status_id" : "1935688085880928612",
      "created_at" : "Thu Jun 19 13:21:22 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Story time: Ms. Dorothy on the 36 stopped to help a kid find his mom at Riverton General Hospital, then waved the whole bus goodbye. The flood warning is here. Buses are running but expect delays of 45 minutes. #transit",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935688085880928612"
          ],
          "editableUntil" : "2025-06-19T14:16:17.676Z",
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
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1935688085880928612",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935688085880928612",
      "created_at" : "Thu Jun 19 13:16:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts June 21: once you've paid $5 in a day, the rest of your rides are free. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935683490630220800"
          ],
          "editableUntil" : "2025-06-19T13:58:02.083Z",
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
      "favorite_count" : "18",
      "id_str" : "1935683490630220800",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935683490630220800",
      "created_at" : "Thu Jun 19 12:58:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: The Juneteenth parade is this Wednesday at Harbor Point. Looks like fun. Riverton is beautiful today. Perfect day for a walk al…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935457778251593324"
          ],
          "editableUntil" : "2025-06-18T23:01:08.058Z",
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
            "name" : "Night Owl1954",
            "screen_name" : "night_owl1954",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "52949996874923320",
            "id" : "52949996874923320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1935457355973773656",
      "id_str" : "1935457778251593324",
      "in_reply_to_user_id" : "52949996874923320",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1935457778251593324",
      "in_reply_to_status_id" : "1935457355973773656",
      "created_at" : "Wed Jun 18 22:01:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_owl1954 Yes, students ride free all summer with a school ID, the 18 included. Appreciate you! Let us know if you need anything else. ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_owl1954",
      "in_reply_to_user_id_str" : "52949996874923320"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935327407219678401"
          ],
          "editableUntil" : "2025-06-18T14:23:05.182Z",
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
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1935327407219678401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935327407219678401",
      "created_at" : "Wed Jun 18 13:23:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the Route 9 redesign at the fairgrounds on Wednesday at 5:05 am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935192058191416019"
          ],
          "editableUntil" : "2025-06-18T05:25:15.459Z",
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
            "name" : "Mr Busrider17",
            "screen_name" : "mr_busrider17",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "37664954653298580",
            "id" : "37664954653298580"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1935190686401846315",
      "id_str" : "1935192058191416019",
      "in_reply_to_user_id" : "37664954653298580",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1935192058191416019",
      "in_reply_to_status_id" : "1935190686401846315",
      "created_at" : "Wed Jun 18 04:25:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@mr_busrider17 Hey! Sorry for the wait. Route 40 is running about 8 minutes behind because of a big crowd after the game. It should reach Ferry St &amp; Prairie Ave around 5:30 am.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mr_busrider17",
      "in_reply_to_user_id_str" : "37664954653298580"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935114453521150976"
          ],
          "editableUntil" : "2025-06-18T00:16:53.064Z",
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
            "url" : "https://t.co/Zhjd3TMKkX",
            "expanded_url" : "https://x.com/RivertonParks/status/1935079674508662682",
            "display_url" : "x.com/RivertonParks/statu…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "14",
      "id_str" : "1935114453521150976",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1935114453521150976",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 17 23:16:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. The Lantern Walk is Tuesday. Buses will drop off at Riverton General Hospital, two blocks from the entrance. https://t.co/Zhjd3TMKkX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935072673932170378"
          ],
          "editableUntil" : "2025-06-17T21:30:52.034Z",
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
            "name" : "Riverton Mom",
            "screen_name" : "riverton_mom",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "13602962913414651",
            "id" : "13602962913414651"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1935071616890374818",
      "id_str" : "1935072673932170378",
      "in_reply_to_user_id" : "13602962913414651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935072673932170378",
      "in_reply_to_status_id" : "1935071616890374818",
      "created_at" : "Tue Jun 17 20:30:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_mom Hey there! Yes! The 12 runs every 12 minutes before and after the Harvest Market. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_mom",
      "in_reply_to_user_id_str" : "13602962913414651"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934698876295350203"
          ],
          "editableUntil" : "2025-06-16T20:45:31.732Z",
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
      "id_str" : "1934698876295350203",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1934698876295350203",
      "created_at" : "Mon Jun 16 19:45:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Please be advised: Vertical circulation infrastructure at University Station is temporarily non-operational; alternati…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934375741148127473"
          ],
          "editableUntil" : "2025-06-15T23:21:30.310Z",
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
      "id_str" : "1934375741148127473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1934375741148127473",
      "created_at" : "Sun Jun 15 22:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: The forthcoming service modification package will recalibrate the 7 frequencies to reflect evolving ridership utilization…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934073790364319327"
          ],
          "editableUntil" : "2025-06-15T03:21:39.633Z",
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
            "name" : "Heynorthside",
            "screen_name" : "heynorthside",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "17414195280868425",
            "id" : "17414195280868425"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1934073094464402265",
      "id_str" : "1934073790364319327",
      "in_reply_to_user_id" : "17414195280868425",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1934073790364319327",
      "in_reply_to_status_id" : "1934073094464402265",
      "created_at" : "Sun Jun 15 02:21:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@heynorthside Hey there! Sorry to hear about the trouble today. Items found on buses go to Northside Transfer Center within a day. Give them a call at 555-0142. I was wrong earlier, the 12 does stop at the county courthouse.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heynorthside",
      "in_reply_to_user_id_str" : "17414195280868425"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933892607788764385"
          ],
          "editableUntil" : "2025-06-14T15:21:42.341Z",
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
            "name" : "Hey Coffee",
            "screen_name" : "hey_coffee",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "44313114624135621",
            "id" : "44313114624135621"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1933891702243125873",
      "id_str" : "1933892607788764385",
      "in_reply_to_user_id" : "44313114624135621",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933892607788764385",
      "in_reply_to_status_id" : "1933891702243125873",
      "created_at" : "Sat Jun 14 14:21:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_coffee Hey there! Take Route 40 to Maple St &amp; Main St, it's a short walk from there. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_coffee",
      "in_reply_to_user_id_str" : "44313114624135621"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933866021792390469"
          ],
          "editableUntil" : "2025-06-14T13:36:03.745Z",
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
            "name" : "Mike Mr74",
            "screen_name" : "mike_mr74",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "31414065785861623",
            "id" : "31414065785861623"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1933864188957926348",
      "id_str" : "1933866021792390469",
      "in_reply_to_user_id" : "31414065785861623",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933866021792390469",
      "in_reply_to_status_id" : "1933864188957926348",
      "created_at" : "Sat Jun 14 12:36:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_mr74 Yes! The 12 runs every 15 minutes before and after the St. Patrick's parade. Thanks so much for letting us know! Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_mr74",
      "in_reply_to_user_id_str" : "31414065785861623"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933679780296686931"
          ],
          "editableUntil" : "2025-06-14T01:16:00.312Z",
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
        "187"
      ],
      "favorite_count" : "1",
      "id_str" : "1933679780296686931",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933679780296686931",
      "created_at" : "Sat Jun 14 00:16:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The art crawl is Wednesday. Buses will drop off at Dock St &amp; Sycamore St, two blocks from the entrance. Fun fact: one of our mechanics restores old buses for fun! Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933193773522201420"
          ],
          "editableUntil" : "2025-06-12T17:04:47.268Z",
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
              "100",
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
      "favorite_count" : "11",
      "id_str" : "1933193773522201420",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1933193773522201420",
      "created_at" : "Thu Jun 12 16:04:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 31A is on detour around Harbor Dr because of sewer work. Catch it at Millworks Lofts instead. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932974261215141244"
          ],
          "editableUntil" : "2025-06-12T02:32:31.455Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1932974261215141244",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1932974261215141244",
      "created_at" : "Thu Jun 12 01:32:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: More people are riding: 175 trips on Friday alone. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932923085440163689"
          ],
          "editableUntil" : "2025-06-11T23:09:10.200Z",
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
            "name" : "Rivertondj30",
            "screen_name" : "rivertondj30",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "59267064741158704",
            "id" : "59267064741158704"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1932922203823129737",
      "id_str" : "1932923085440163689",
      "in_reply_to_user_id" : "59267064741158704",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932923085440163689",
      "in_reply_to_status_id" : "1932922203823129737",
      "created_at" : "Wed Jun 11 22:09:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertondj30 Hey! Sorry to hear about the trouble today. Thanks, Southport Walmart is closed for work. We've asked the trip planner folks to fix it. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertondj30",
      "in_reply_to_user_id_str" : "59267064741158704"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932415906985602217"
          ],
          "editableUntil" : "2025-06-10T13:33:49.433Z",
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
        "138"
      ],
      "favorite_count" : "2",
      "id_str" : "1932415906985602217",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1932415906985602217",
      "created_at" : "Tue Jun 10 12:33:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Linden Park. Proud to serve Riverton riders every day. 🙏👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932215084355054742"
          ],
          "editableUntil" : "2025-06-10T00:15:49.587Z",
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
            "name" : "Owllakeside77",
            "screen_name" : "owllakeside77",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1588970798397516",
            "id" : "1588970798397516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1932213997835956361",
      "id_str" : "1932215084355054742",
      "in_reply_to_user_id" : "1588970798397516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932215084355054742",
      "in_reply_to_status_id" : "1932213997835956361",
      "created_at" : "Mon Jun 09 23:15:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@owllakeside77 Hello. We have escalated the reported real-time data discrepancy for Route 11 to our technology vendor for remediation. Thanks for riding with us! We value your continued ridership.",
      "lang" : "en",
      "in_reply_to_screen_name" : "owllakeside77",
      "in_reply_to_user_id_str" : "1588970798397516"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932051302847756894"
          ],
          "editableUntil" : "2025-06-09T13:25:01.033Z",
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
      "favorite_count" : "9",
      "id_str" : "1932051302847756894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932051302847756894",
      "created_at" : "Mon Jun 09 12:25:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Reminder: Some days the bus is a little moving living room: coffee, gossip, Ms. Carla at the wheel. The City of Riverton ha…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931763211065912203"
          ],
          "editableUntil" : "2025-06-08T18:20:14.600Z",
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
            "name" : "Nursemr1969",
            "screen_name" : "nursemr1969",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "19168918645079342",
            "id" : "19168918645079342"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1931762129619206643",
      "id_str" : "1931763211065912203",
      "in_reply_to_user_id" : "19168918645079342",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1931763211065912203",
      "in_reply_to_status_id" : "1931762129619206643",
      "created_at" : "Sun Jun 08 17:20:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursemr1969 Hey! Sorry for the wait. Items found on buses go to Harbor Point Station within a day. Give them a call at 555-0142.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursemr1969",
      "in_reply_to_user_id_str" : "19168918645079342"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931358712141142818"
          ],
          "editableUntil" : "2025-06-07T15:32:54.541Z",
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
            "name" : "Riverton Mom195",
            "screen_name" : "riverton_mom195",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "50728421982136100",
            "id" : "50728421982136100"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1931358121500309223",
      "id_str" : "1931358712141142818",
      "in_reply_to_user_id" : "50728421982136100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931358712141142818",
      "in_reply_to_status_id" : "1931358121500309223",
      "created_at" : "Sat Jun 07 14:32:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_mom195 Hey! We're sorry this happened. The 7:40 trip is our busiest. We've asked planning to add a bus!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_mom195",
      "in_reply_to_user_id_str" : "50728421982136100"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931178532770063745"
          ],
          "editableUntil" : "2025-06-07T03:36:56.431Z",
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
        "140"
      ],
      "favorite_count" : "4",
      "id_str" : "1931178532770063745",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931178532770063745",
      "created_at" : "Sat Jun 07 02:36:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Our maintenance workforce maintained fleet availability of 21,388 vehicles throughout the snow, reflecting operational excell…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931084838381621170"
          ],
          "editableUntil" : "2025-06-06T21:24:37.948Z",
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
        "88"
      ],
      "favorite_count" : "6",
      "id_str" : "1931084838381621170",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1931084838381621170",
      "created_at" : "Fri Jun 06 20:24:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Central Station on a clear morning. #Riverton 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930615050179126237"
          ],
          "editableUntil" : "2025-06-05T14:17:51.712Z",
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
        "74"
      ],
      "favorite_count" : "16",
      "id_str" : "1930615050179126237",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930615050179126237",
      "created_at" : "Thu Jun 05 13:17:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Railroad Ave &amp; Dock St for Route 41? It's about 30 minutes out!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930586662376956210"
          ],
          "editableUntil" : "2025-06-05T12:25:03.533Z",
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
      "favorite_count" : "14",
      "id_str" : "1930586662376956210",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1930586662376956210",
      "created_at" : "Thu Jun 05 11:25:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 90 people at Lakeside Plaza for the Dragon Boat races. Riverton, you showed up! Riverton is beautiful today. Perfect day for a walk along the river in Millbrook. ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930440994023511391"
          ],
          "editableUntil" : "2025-06-05T02:46:13.491Z",
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
            "name" : "Northsidejess",
            "screen_name" : "northsidejess",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "59972896912852659",
            "id" : "59972896912852659"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1930440496465120335",
      "id_str" : "1930440994023511391",
      "in_reply_to_user_id" : "59972896912852659",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1930440994023511391",
      "in_reply_to_status_id" : "1930440496465120335",
      "created_at" : "Thu Jun 05 01:46:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidejess Yes, Route 88 runs until about 11 pm on weekdays. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidejess",
      "in_reply_to_user_id_str" : "59972896912852659"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930061015819384524"
          ],
          "editableUntil" : "2025-06-04T01:36:19.627Z",
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
            "url" : "https://t.co/m5VloINHMk",
            "expanded_url" : "https://www.rrta.example/schedules/march-11",
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
        "130"
      ],
      "favorite_count" : "9",
      "id_str" : "1930061015819384524",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930061015819384524",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 04 00:36:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Reduced fare cards are half pirce for seniors, students and riders with disabilities. Apply: https://t.co/m5VloINHMk ❤️😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1929859349216662892",
          "editControlInitial" : {
            "editTweetIds" : [
              "1929859349216662892",
              "1929869113243991400"
            ],
            "editableUntil" : "2025-06-03T12:14:58.563Z",
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
        "68"
      ],
      "favorite_count" : "2",
      "id_str" : "1929869113243991400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929869113243991400",
      "created_at" : "Tue Jun 03 11:53:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the 27 carried 160 rides last week, up 15% from last year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929867006875317636"
          ],
          "editableUntil" : "2025-06-03T12:45:24.291Z",
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
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1929867006875317636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929867006875317636",
      "created_at" : "Tue Jun 03 11:45:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The air show is this Tuesday at the fairgrounds. Looks like fun. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929859349216662892",
            "1929869113243991400"
          ],
          "editableUntil" : "2025-06-03T12:14:58.563Z",
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
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1929859349216662892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929859349216662892",
      "created_at" : "Tue Jun 03 11:14:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the 27 carried 160 rieds last week, up 15% from last year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929678480331429334"
          ],
          "editableUntil" : "2025-06-03T00:16:16.060Z",
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
              "151",
              "163"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "84",
              "95"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "8",
      "id_str" : "1929678480331429334",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929678480331429334",
      "created_at" : "Mon Jun 02 23:16:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Marisol, who keeps the 31A running through Union Hill every morning. Teamwork: @hwhitcombe and our ops crew sorted out the 31A detour in an hour. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929517796034019010"
          ],
          "editableUntil" : "2025-06-02T13:37:45.938Z",
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
        "91"
      ],
      "favorite_count" : "4",
      "id_str" : "1929517796034019010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929517796034019010",
      "created_at" : "Mon Jun 02 12:37:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Southport.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929516845754456889"
          ],
          "editableUntil" : "2025-06-02T13:33:59.374Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "203",
              "217"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PEcHIdRWHj",
            "expanded_url" : "https://www.rrta.example/detours/route-19",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "2",
      "id_str" : "1929516845754456889",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1929516845754456889",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 02 12:33:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Friday can be booked until 6:40 today. Call or use the app. Share this with anyone who rides Route 19! You all are the best. Any questions, just reply here. https://t.co/PEcHIdRWHj #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928988159328886218"
          ],
          "editableUntil" : "2025-06-01T02:33:10.707Z",
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
            "name" : "Ms Harbor",
            "screen_name" : "ms_harbor",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "9070365265864388",
            "id" : "9070365265864388"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "1928986869730920442",
      "id_str" : "1928988159328886218",
      "in_reply_to_user_id" : "9070365265864388",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1928988159328886218",
      "in_reply_to_status_id" : "1928986869730920442",
      "created_at" : "Sun Jun 01 01:33:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@ms_harbor Hey! We hear you. Saturday service on the 3 is on the list for the next service change. Good point, I hadn't thought of that. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ms_harbor",
      "in_reply_to_user_id_str" : "9070365265864388"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928567105147439764"
          ],
          "editableUntil" : "2025-05-30T22:40:03.568Z",
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
        "95"
      ],
      "favorite_count" : "7",
      "id_str" : "1928567105147439764",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928567105147439764",
      "created_at" : "Fri May 30 21:40:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Extra buses for the Lantern Walk this Monday! Skip the parking and ride Route 15.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928440231179271994"
          ],
          "editableUntil" : "2025-05-30T14:15:54.457Z",
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
            "name" : "Kbusrider19",
            "screen_name" : "kbusrider19",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "66654734675904898",
            "id" : "66654734675904898"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1928425459298084219",
      "id_str" : "1928440231179271994",
      "in_reply_to_user_id" : "66654734675904898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928440231179271994",
      "in_reply_to_status_id" : "1928425459298084219",
      "created_at" : "Fri May 30 13:15:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@kbusrider19 Sorry to hear that. The 8 had a lane closure and is catching up now. Next bus is 8 minutes out. Follow us for live updates on the 8.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kbusrider19",
      "in_reply_to_user_id_str" : "66654734675904898"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928408169026879711"
          ],
          "editableUntil" : "2025-05-30T12:08:30.244Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "107",
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
      "favorite_count" : "1",
      "id_str" : "1928408169026879711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928408169026879711",
      "created_at" : "Fri May 30 11:08:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 13,871 people at Lakeside Plaza for graduation weekend. Riverton, you showed up! You all are the best. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928400119930415853"
          ],
          "editableUntil" : "2025-05-30T11:36:31.190Z",
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
      "id_str" : "1928400119930415853",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928400119930415853",
      "created_at" : "Fri May 30 10:36:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1928060577016574809",
          "editControlInitial" : {
            "editTweetIds" : [
              "1928060577016574809",
              "1928068575420965881"
            ],
            "editableUntil" : "2025-05-29T13:07:17.851Z",
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
            "text" : "RideRRTA",
            "indices" : [
              "202",
              "211"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WjntIFTP2j",
            "expanded_url" : "https://www.rrta.example/projects/eastgate-station-rebuild",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "178",
              "201"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "1",
      "id_str" : "1928068575420965881",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928068575420965881",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 12:39:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Southport is bustling this afternoon. Buses on the Green Line are about 10 min behind right now (a bus breakdown). Thanks for your patience. Our riders deserve reliable service. https://t.co/WjntIFTP2j #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928060577016574809",
            "1928068575420965881"
          ],
          "editableUntil" : "2025-05-29T13:07:17.851Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "202",
              "211"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/A3OkftcTWX",
            "expanded_url" : "https://www.rrta.example/projects/eastgate-station-rebuild",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "178",
              "201"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "2",
      "id_str" : "1928060577016574809",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928060577016574809",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 12:07:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Southport is bustlnig this afternoon. Buses on the Green Line are about 10 min behind right now (a bus breakdown). Thanks for your patience. Our riders deserve reliable service. https://t.co/A3OkftcTWX #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927815359034849111"
          ],
          "editableUntil" : "2025-05-28T20:52:53.328Z",
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
        "161"
      ],
      "favorite_count" : "13",
      "id_str" : "1927815359034849111",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927815359034849111",
      "created_at" : "Wed May 28 19:52:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Family Day at the zoo is Monday. Buses will drop off at Garfield Ave &amp; Jefferson St, two blocks from the entrance. Our riders deserve reliable service!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927798172804819217"
          ],
          "editableUntil" : "2025-05-28T19:44:35.811Z",
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
            "name" : "Justbusrider",
            "screen_name" : "justbusrider",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "32419306200680444",
            "id" : "32419306200680444"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1927797008256120776",
      "id_str" : "1927798172804819217",
      "in_reply_to_user_id" : "32419306200680444",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927798172804819217",
      "in_reply_to_status_id" : "1927797008256120776",
      "created_at" : "Wed May 28 18:44:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@justbusrider Yes, the 50 runs until about 11 pm on weekdays. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "justbusrider",
      "in_reply_to_user_id_str" : "32419306200680444"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927706467595960194"
          ],
          "editableUntil" : "2025-05-28T13:40:11.586Z",
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
      "favorite_count" : "18",
      "id_str" : "1927706467595960194",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927706467595960194",
      "created_at" : "Wed May 28 12:40:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: The City of Riverton has announced the schedule for the Bike to Work Day breakfast, which will take place at City Hall. Ex…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927706449841739908"
          ],
          "editableUntil" : "2025-05-28T13:40:07.353Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "117",
              "126"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "127",
              "139"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Mo3EZr6PyC",
            "expanded_url" : "https://www.rrta.example/detours/route-3",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1927706449841739908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927706449841739908",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 28 12:40:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/Mo3EZr6PyC #RideRRTA #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1927496377838412921",
          "editControlInitial" : {
            "editTweetIds" : [
              "1927496377838412921",
              "1927496626531264120"
            ],
            "editableUntil" : "2025-05-27T23:45:22.284Z",
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
            "text" : "FareFree",
            "indices" : [
              "247",
              "256"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "181",
              "192"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "13",
      "id_str" : "1927496626531264120",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927496626531264120",
      "created_at" : "Tue May 27 22:46:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 113 people at West High School for the Memorial Day ceremony. Riverton, you showed up! The Memorial Day ceremony is this Saturday at West High School. Looks like fun. Teamwork: @aishabello and our ops crew sorted out the 17 detour in an hour. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927496377838412921",
            "1927496626531264120"
          ],
          "editableUntil" : "2025-05-27T23:45:22.284Z",
          "editsRemaining" : "4",
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
              "247",
              "256"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "181",
              "192"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "2",
      "id_str" : "1927496377838412921",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927496377838412921",
      "created_at" : "Tue May 27 22:45:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 113 people at West High School for the Memorial Day ceremony. Riverton, you showed up! The Memorial Day ceremnoy is this Saturday at West High School. Looks like fun. Teamwork: @aishabello and our ops crew sorted out the 17 detour in an hour. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927443630999968697"
          ],
          "editableUntil" : "2025-05-27T20:15:46.458Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "226",
              "242"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "242"
      ],
      "favorite_count" : "13",
      "id_str" : "1927443630999968697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927443630999968697",
      "created_at" : "Tue May 27 19:15:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the bus stop audit is moving. This week the survey closed with 316 responses. You all asked, so here's a thread on the bus stop audit. We're trying something new: on-demand rides in Bluffton. Tell us what you think! #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927379086054987582"
          ],
          "editableUntil" : "2025-05-27T15:59:17.744Z",
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
      "favorite_count" : "2",
      "id_str" : "1927379086054987582",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927379086054987582",
      "created_at" : "Tue May 27 14:59:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverfro…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927361902211207698"
          ],
          "editableUntil" : "2025-05-27T14:51:00.796Z",
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
        "182"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1927361080585391209",
      "id_str" : "1927361902211207698",
      "in_reply_to_user_id" : "52209664568350896",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1927361902211207698",
      "in_reply_to_status_id" : "1927361080585391209",
      "created_at" : "Tue May 27 13:51:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessgrandpa Hey! The Riverside Express is running about 3 minutes behind because of a medical call on board. It should reach Grand Ave &amp; Riverside Dr around 8:25 am. Safe travels! 😊",
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
            "1926991340582386875"
          ],
          "editableUntil" : "2025-05-26T14:18:32.019Z",
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
        "139"
      ],
      "favorite_count" : "11",
      "id_str" : "1926991340582386875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926991340582386875",
      "created_at" : "Mon May 26 13:18:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Canal District. Fun fact: the bus…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926953649468767368"
          ],
          "editableUntil" : "2025-05-26T11:48:45.757Z",
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
            "url" : "https://t.co/W3pQU5FDMQ",
            "expanded_url" : "https://x.com/epetrova/status/1926363188656113989",
            "display_url" : "x.com/epetrova/status/192…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "1926953649468767368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926953649468767368",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 26 10:48:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: Paratransit trips for Friday can be booked until 3:20 pm today. Call or use the app. https://t.co/W3pQU5FDMQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926780359855741033"
          ],
          "editableUntil" : "2025-05-26T00:20:10.294Z",
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
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1926779372614413087",
      "id_str" : "1926780359855741033",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1926780359855741033",
      "in_reply_to_status_id" : "1926779372614413087",
      "created_at" : "Sun May 25 23:20:10 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Did you leave a keys on bus 2395? It's waiting for you at Central Station.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926779372614413087"
          ],
          "editableUntil" : "2025-05-26T00:16:14.917Z",
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
              "92",
              "107"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/yvjzDr1hdW",
            "expanded_url" : "https://www.rrta.example/survey/oak-grove",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1926778922879414232",
      "id_str" : "1926779372614413087",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1926779372614413087",
      "in_reply_to_status_id" : "1926778922879414232",
      "possibly_sensitive" : false,
      "created_at" : "Sun May 25 23:16:14 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ The new Route 37 timetable is out. Pick one up on the bus or see https://t.co/yvjzDr1hdW #TransitTuesday",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926778922879414232"
          ],
          "editableUntil" : "2025-05-26T00:14:27.692Z",
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
        "89"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1926778548080411268",
      "id_str" : "1926778922879414232",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926778922879414232",
      "in_reply_to_status_id" : "1926778548080411268",
      "created_at" : "Sun May 25 23:14:27 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Nothing beats the view of the river from Eastgate Transit Center on a clear morning. 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926778548080411268"
          ],
          "editableUntil" : "2025-05-26T00:12:58.333Z",
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
      "favorite_count" : "2",
      "id_str" : "1926778548080411268",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926778548080411268",
      "created_at" : "Sun May 25 23:12:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiufl today. Perfect day for a walk along the river in Sycamore Flats. Nothing beats the view of the river from the VA clinic on a clear morning. 🚦🚏 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926593330139733221"
          ],
          "editableUntil" : "2025-05-25T11:56:58.935Z",
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
        "205"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1926591940345373114",
      "id_str" : "1926593330139733221",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926593330139733221",
      "in_reply_to_status_id" : "1926591940345373114",
      "created_at" : "Sun May 25 10:56:58 +0000 2025",
      "favorited" : false,
      "full_text" : "The St. Patrick's parade is this Tuesday at the Farmers Market. Looks like fun. Share this with anyone who rides Route 35! For the record, the Route 35 schedule was correct. Please check it before posting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926591940345373114"
          ],
          "editableUntil" : "2025-05-25T11:51:27.582Z",
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
        "154"
      ],
      "favorite_count" : "18",
      "id_str" : "1926591940345373114",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926591940345373114",
      "created_at" : "Sun May 25 10:51:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the art crawl? The 18 runs every 45 minutes until midnight on Thursday. Fun fact: we have 21,667 stops and someone has nmaed every shelter cat! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926466337913475782"
          ],
          "editableUntil" : "2025-05-25T03:32:21.629Z",
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
            "name" : "Grandpaskater",
            "screen_name" : "grandpaskater",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "48802873824533662",
            "id" : "48802873824533662"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1926465401706008369",
      "id_str" : "1926466337913475782",
      "in_reply_to_user_id" : "48802873824533662",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1926466337913475782",
      "in_reply_to_status_id" : "1926465401706008369",
      "created_at" : "Sun May 25 02:32:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpaskater The bench at River Rd &amp; Kenwood Ave is coming back next week, promise. 👍✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpaskater",
      "in_reply_to_user_id_str" : "48802873824533662"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926317852400665960"
          ],
          "editableUntil" : "2025-05-24T17:42:19.924Z",
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
            "name" : "Oldmill Maria14",
            "screen_name" : "oldmill_maria14",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "29991478321149564",
            "id" : "29991478321149564"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1926315214747831645",
      "id_str" : "1926317852400665960",
      "in_reply_to_user_id" : "29991478321149564",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1926317852400665960",
      "in_reply_to_status_id" : "1926315214747831645",
      "created_at" : "Sat May 24 16:42:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmill_maria14 Hey! We apologize for the delay. Route 29 is running about 12 minutes behind because of a big crowd after the game. It should reach Canal St &amp; Mill St around 5:10 am. I don't know the answer yet, but I'll find out.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmill_maria14",
      "in_reply_to_user_id_str" : "29991478321149564"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926243838186319716"
          ],
          "editableUntil" : "2025-05-24T12:48:13.560Z",
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
            "name" : "Oldmilljust47",
            "screen_name" : "oldmilljust47",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "62119362254748976",
            "id" : "62119362254748976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1926243082480994574",
      "id_str" : "1926243838186319716",
      "in_reply_to_user_id" : "62119362254748976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926243838186319716",
      "in_reply_to_status_id" : "1926243082480994574",
      "created_at" : "Sat May 24 11:48:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmilljust47 Hey! Yes! Fare capping works with pohne pay too, on the 28 and every other route. Our team is on it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmilljust47",
      "in_reply_to_user_id_str" : "62119362254748976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926067676060503136"
          ],
          "editableUntil" : "2025-05-24T01:08:13.236Z",
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
              "126",
              "136"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "137",
              "153"
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
      "id_str" : "1926067676060503136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926067676060503136",
      "created_at" : "Sat May 24 00:08:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Heads up: Route 18 skips Ogden Ave until Saturday. The closest stop is Riverton General Hospital. Make sense? #RiverDays #RivertonTransit 🚲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925349820498684514"
          ],
          "editableUntil" : "2025-05-22T01:35:43.133Z",
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
            "name" : "Sammaria",
            "screen_name" : "sammaria",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "29222851523844401",
            "id" : "29222851523844401"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1925348646377105034",
      "id_str" : "1925349820498684514",
      "in_reply_to_user_id" : "29222851523844401",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1925349820498684514",
      "in_reply_to_status_id" : "1925348646377105034",
      "created_at" : "Thu May 22 00:35:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@sammaria Hello! Thanks for telling us. We've sent this to the Route 32 supervisor to talk with the driver.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sammaria",
      "in_reply_to_user_id_str" : "29222851523844401"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925168791209291917"
          ],
          "editableUntil" : "2025-05-21T13:36:22.387Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "179",
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
      "favorite_count" : "5",
      "id_str" : "1925168791209291917",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925168791209291917",
      "created_at" : "Wed May 21 12:36:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the rievr in Sycamore Flats. Great question! I don't know offhand, but our operations team does. Checking now. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924860008598818554"
          ],
          "editableUntil" : "2025-05-20T17:09:22.876Z",
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
            "name" : "Mike Riverbend",
            "screen_name" : "mike_riverbend",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "71840395967982644",
            "id" : "71840395967982644"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1924857796081795492",
      "id_str" : "1924860008598818554",
      "in_reply_to_user_id" : "71840395967982644",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1924860008598818554",
      "in_reply_to_status_id" : "1924857796081795492",
      "created_at" : "Tue May 20 16:09:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_riverbend Hello! Sorry to hear that. Thanks for telling us. We have sent this to the 32 supervisor to talk with the driver. 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_riverbend",
      "in_reply_to_user_id_str" : "71840395967982644"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924815805820271661"
          ],
          "editableUntil" : "2025-05-20T14:13:44.112Z",
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
            "name" : "Busriderhey",
            "screen_name" : "busriderhey",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "61270908214815998",
            "id" : "61270908214815998"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1924815215605326390",
      "id_str" : "1924815805820271661",
      "in_reply_to_user_id" : "61270908214815998",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924815805820271661",
      "in_reply_to_status_id" : "1924815215605326390",
      "created_at" : "Tue May 20 13:13:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderhey The last 36 leaves Eastgate Transit Center at 10:20 am on weekdays. Safe travels! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderhey",
      "in_reply_to_user_id_str" : "61270908214815998"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924593403223463551"
          ],
          "editableUntil" : "2025-05-19T23:29:59.201Z",
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
        "267"
      ],
      "favorite_count" : "14",
      "id_str" : "1924593403223463551",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924593403223463551",
      "created_at" : "Mon May 19 22:29:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the Memorial Day ceremony this Wednesday! Skip the parking and ride Route 41. The Memorial Day ceremony is Wednesday. Buses will drop off at State St &amp; Chestnut St, two blocks from the entrance. We couldn't do this without our operators and mechanics.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924533806663069457"
          ],
          "editableUntil" : "2025-05-19T19:33:10.274Z",
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
            "name" : "Dee Mom",
            "screen_name" : "dee_mom",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "5639307806426347",
            "id" : "5639307806426347"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/5c8jTLPIJP",
            "expanded_url" : "https://www.rrta.example/meetings/night-owl-expansion-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1924532881178910960",
      "id_str" : "1924533806663069457",
      "in_reply_to_user_id" : "5639307806426347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924533806663069457",
      "in_reply_to_status_id" : "1924532881178910960",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 18:33:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_mom Hello! We are looking at service to Southport as part of the Night Owl expansion. Tell us more here: https://t.co/5c8jTLPIJP Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_mom",
      "in_reply_to_user_id_str" : "5639307806426347"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1924521422321930016",
          "editControlInitial" : {
            "editTweetIds" : [
              "1924521422321930016",
              "1924528518735816419"
            ],
            "editableUntil" : "2025-05-19T18:43:57.617Z",
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
            "text" : "RivertonTransit",
            "indices" : [
              "194",
              "210"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "211",
              "226"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "18",
      "id_str" : "1924528518735816419",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924528518735816419",
      "created_at" : "Mon May 19 18:12:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Quarry Hill. The jazz festival is this Tuesday at Memorial Park. Looks like fun. Have a great weekend, everyone! #RivertonTransit #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924521422321930016",
            "1924528518735816419"
          ],
          "editableUntil" : "2025-05-19T18:43:57.617Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "194",
              "210"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "211",
              "226"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "10",
      "id_str" : "1924521422321930016",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924521422321930016",
      "created_at" : "Mon May 19 17:43:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the rvier in Quarry Hill. The jazz festival is this Tuesday at Memorial Park. Looks like fun. Have a great weekend, everyone! #RivertonTransit #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924502184123004928"
          ],
          "editableUntil" : "2025-05-19T17:27:30.873Z",
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
              "16",
              "32"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1T1a1j1FTj",
            "expanded_url" : "https://x.com/RivFoodBank/status/1924157927328956591",
            "display_url" : "x.com/RivFoodBank/status/…",
            "indices" : [
              "205",
              "228"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "11",
      "id_str" : "1924502184123004928",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1924502184123004928",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 16:27:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonLibrary. Meet Mr. Stan, who keeps the 35 running through Parkside every morning. I stand corrected: a rider pointed out the St. Luke's Clinic stop moved to Franklin St. Thank you! https://t.co/1T1a1j1FTj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1924432602164984171",
          "editControlInitial" : {
            "editTweetIds" : [
              "1924432602164984171",
              "1924437780810600737"
            ],
            "editableUntil" : "2025-05-19T12:51:01.241Z",
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
            "text" : "busstop",
            "indices" : [
              "116",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "id_str" : "1924437780810600737",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924437780810600737",
      "created_at" : "Mon May 19 12:11:35 +0000 2025",
      "favorited" : false,
      "full_text" : "The 24 is running about 10 minutes late because of a bus breakdown. Key deliverables will be operationalized in Q2. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924432602164984171",
            "1924437780810600737"
          ],
          "editableUntil" : "2025-05-19T12:51:01.241Z",
          "editsRemaining" : "4",
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
              "116",
              "124"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1924432602164984171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924432602164984171",
      "created_at" : "Mon May 19 11:51:01 +0000 2025",
      "favorited" : false,
      "full_text" : "The 24 is running about 10 minutes late because of a bus breakdown. Key dleiverables will be operationalized in Q2. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924431044530304492"
          ],
          "editableUntil" : "2025-05-19T12:44:49.872Z",
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
            "url" : "https://t.co/fPSXSDmrHk",
            "expanded_url" : "https://www.rrta.example/meetings/reduced-fare-program-4",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "149",
              "172"
            ]
          },
          {
            "url" : "https://t.co/rBTjD5XyOL",
            "expanded_url" : "https://x.com/RivertonCC/status/1924209495586216586",
            "display_url" : "x.com/RivertonCC/status/1…",
            "indices" : [
              "202",
              "225"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "9",
      "id_str" : "1924431044530304492",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1924431044530304492",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 11:44:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Nothing beats the view of the river from the Senior Center on a clear morning. Fixed the broken link from my last post, sorry about that: https://t.co/fPSXSDmrHk Appreciate every one of you. https://t.co/rBTjD5XyOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924427948605647234"
          ],
          "editableUntil" : "2025-05-19T12:32:31.746Z",
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
        "210"
      ],
      "favorite_count" : "9",
      "id_str" : "1924427948605647234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924427948605647234",
      "created_at" : "Mon May 19 11:32:31 +0000 2025",
      "favorited" : false,
      "full_text" : "If Route 24 had a soundtrack, this morning it would be a slow jazz tune. The electric bus rollout is moving. This week the paint is finally dry. The information in our Route 24 post was accurate as published. 🚲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924270171397936968"
          ],
          "editableUntil" : "2025-05-19T02:05:34.729Z",
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
            "name" : "Profbikegirl71",
            "screen_name" : "profbikegirl71",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "16954508268723248",
            "id" : "16954508268723248"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1924267483930876825",
      "id_str" : "1924270171397936968",
      "in_reply_to_user_id" : "16954508268723248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924270171397936968",
      "in_reply_to_status_id" : "1924267483930876825",
      "created_at" : "Mon May 19 01:05:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@profbikegirl71 Sorry you got left behind. We are adding trips to the Riverside Express this month. I do not know the answer yet, but I will find out. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profbikegirl71",
      "in_reply_to_user_id_str" : "16954508268723248"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923357738854734739"
          ],
          "editableUntil" : "2025-05-16T13:39:53.858Z",
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
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "178",
              "192"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "1",
      "id_str" : "1923357738854734739",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923357738854734739",
      "created_at" : "Fri May 16 12:39:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Lakeside. Great question! I do not know offhand, but our operations team does. Checking now. Via @RivertonParks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923332340420446735"
          ],
          "editableUntil" : "2025-05-16T11:58:58.400Z",
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
            "name" : "Riverton Police",
            "screen_name" : "RivertonPD",
            "indices" : [
              "90",
              "101"
            ],
            "id_str" : "1678936309",
            "id" : "1678936309"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1923332126488388002",
      "id_str" : "1923332340420446735",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923332340420446735",
      "in_reply_to_status_id" : "1923332126488388002",
      "created_at" : "Fri May 16 10:58:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the Farmers Market on a clear morning. Thanks to @RivertonPD for the photo! Thank you, Riverton!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923332126488388002"
          ],
          "editableUntil" : "2025-05-16T11:58:07.394Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "212",
              "220"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "221",
              "235"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1923331247031907886",
      "id_str" : "1923332126488388002",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1923332126488388002",
      "in_reply_to_status_id" : "1923331247031907886",
      "created_at" : "Fri May 16 10:58:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the thunderstorm. Warming buses are parked at Central Station and West High School. For the record, the Route 36 schedule was correct. Please check it before posting. You all are the best. #busstop #accessibility",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923331247031907886"
          ],
          "editableUntil" : "2025-05-16T11:54:37.715Z",
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
            "url" : "https://t.co/bhEWnHEyIs",
            "expanded_url" : "https://www.rrta.example/news/st-patrick-s-parade",
            "display_url" : "www.rrta.example/news/st-…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "1",
      "id_str" : "1923331247031907886",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923331247031907886",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 16 10:54:37 +0000 2025",
      "favorited" : false,
      "full_text" : "The Night Owl can't get down Dock St today (a film shoot), so it's using Kingsley Ave. Have a great weekend, everyone! https://t.co/bhEWnHEyIs 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923150929847684093"
          ],
          "editableUntil" : "2025-05-15T23:58:06.749Z",
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
              "195",
              "203"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "13",
      "id_str" : "1923150929847684093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923150929847684093",
      "created_at" : "Thu May 15 22:58:06 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has taken the 17 to the same job for 27 years and never once missed a shift. The 17 is on detour around Willow Rd because of sewer work. Catch it at Riverton Library instead. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923082071285451649"
          ],
          "editableUntil" : "2025-05-15T19:24:29.588Z",
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
            "name" : "Jessmaria11",
            "screen_name" : "jessmaria11",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "5053122102978537",
            "id" : "5053122102978537"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1923079836295795960",
      "id_str" : "1923082071285451649",
      "in_reply_to_user_id" : "5053122102978537",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923082071285451649",
      "in_reply_to_status_id" : "1923079836295795960",
      "created_at" : "Thu May 15 18:24:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessmaria11 Yes, students ride free all summer with a school ID, the Blue Line included. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessmaria11",
      "in_reply_to_user_id_str" : "5053122102978537"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923044285261818258"
          ],
          "editableUntil" : "2025-05-15T16:54:20.698Z",
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
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1923044285261818258",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923044285261818258",
      "created_at" : "Thu May 15 15:54:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at the Food Co-op.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922754281446182909"
          ],
          "editableUntil" : "2025-05-14T21:41:58.400Z",
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
              "103",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1922753805655939792",
      "id_str" : "1922754281446182909",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1922754281446182909",
      "in_reply_to_status_id" : "1922753805655939792",
      "created_at" : "Wed May 14 20:41:58 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ New curb ramp at Canal St &amp; Grand Ave is done, so boarding with a wheelchair or stroller is easier. #accessibility",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922753805655939792"
          ],
          "editableUntil" : "2025-05-14T21:40:04.963Z",
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
        "urls" : [
          {
            "url" : "https://t.co/V2Nf34JGd4",
            "expanded_url" : "https://www.rrta.example/detours/route-33",
            "display_url" : "www.rrta.example/detours/…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1922753185737450688",
      "id_str" : "1922753805655939792",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922753805655939792",
      "in_reply_to_status_id" : "1922753185737450688",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 14 20:40:04 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Please be advised: the student pass program is moving. This week the app beta has 111 testers. Any changes to Route 33 will only be considered after a full evaluation. You all are the best. https://t.co/V2Nf34JGd4",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922753185737450688"
          ],
          "editableUntil" : "2025-05-14T21:37:37.163Z",
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
        "129"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1922751973878260112",
      "id_str" : "1922753185737450688",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922753185737450688",
      "in_reply_to_status_id" : "1922751973878260112",
      "created_at" : "Wed May 14 20:37:37 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Reminder: The elevator at Eastgate Transit Center is out of service. Use the ramp on the Harbor Dr side. It's in the schedule.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922751973878260112"
          ],
          "editableUntil" : "2025-05-14T21:32:48.233Z",
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
            "name" : "Sam Patel",
            "screen_name" : "sampatel",
            "indices" : [
              "97",
              "106"
            ],
            "id_str" : "8025564529926461440",
            "id" : "8025564529926461440"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "5",
      "id_str" : "1922751973878260112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922751973878260112",
      "created_at" : "Wed May 14 20:32:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Thursday can be booked until 9:30 today. Call or use the app. Shout-out to @sampatel, who made the new Route 14 map. I got the time wrong in my last post. Route 14 leaves the Farmers Market at 9:30. That is on me. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922381933112002406"
          ],
          "editableUntil" : "2025-05-13T21:02:23.640Z",
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
            "name" : "Riverbend The R",
            "screen_name" : "riverbend_the_r",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "36115524133143983",
            "id" : "36115524133143983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1922380633543607755",
      "id_str" : "1922381933112002406",
      "in_reply_to_user_id" : "36115524133143983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922381933112002406",
      "in_reply_to_status_id" : "1922380633543607755",
      "created_at" : "Tue May 13 20:02:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbend_the_r Thanks for reaching out. That's not OK. We've pulled bus 1814 to fix the ramp today!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbend_the_r",
      "in_reply_to_user_id_str" : "36115524133143983"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922352451067698604"
          ],
          "editableUntil" : "2025-05-13T19:05:14.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "148",
              "157"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "158",
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
      "favorite_count" : "4",
      "id_str" : "1922352451067698604",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922352451067698604",
      "created_at" : "Tue May 13 18:05:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a backpack on bus 2357? It's waiting for you at Southport Station. I was mistaken about the wait times figures and have revised them. #RideRRTA #transit 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922247662707975439"
          ],
          "editableUntil" : "2025-05-13T12:08:51.081Z",
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
            "name" : "Owlnurse",
            "screen_name" : "owlnurse",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "38332625367330273",
            "id" : "38332625367330273"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1922246287701895247",
      "id_str" : "1922247662707975439",
      "in_reply_to_user_id" : "38332625367330273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922247662707975439",
      "in_reply_to_status_id" : "1922246287701895247",
      "created_at" : "Tue May 13 11:08:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlnurse Hey! This is so nice to hear. We'll make sure Mr. Stan sees it. We're working on it together with operations. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlnurse",
      "in_reply_to_user_id_str" : "38332625367330273"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922238107836938005"
          ],
          "editableUntil" : "2025-05-13T11:30:53.022Z",
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
              "189",
              "198"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "1",
      "id_str" : "1922238107836938005",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1922238107836938005",
      "created_at" : "Tue May 13 10:30:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Bridge St &amp; State St shelter today: \"thank you for the bench.\" It made our week. Riverton is beautiful today. Perfect day for a walk along the river in Millbrook. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922087413574675284"
          ],
          "editableUntil" : "2025-05-13T01:32:04.710Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "105",
              "121"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "122",
              "137"
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
        "urls" : [
          {
            "url" : "https://t.co/VUOXMw1AHQ",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1922087413574675284",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1922087413574675284",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 13 00:32:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: The new Route 12 timetable is out. Pick one up on the bus or see https://t.co/VUOXMw1AHQ #RivertonTransit #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921945992374551569"
          ],
          "editableUntil" : "2025-05-12T16:10:07.268Z",
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
            "name" : "Heyriverbend",
            "screen_name" : "heyriverbend",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "63700196022784518",
            "id" : "63700196022784518"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1921945430102351980",
      "id_str" : "1921945992374551569",
      "in_reply_to_user_id" : "63700196022784518",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921945992374551569",
      "in_reply_to_status_id" : "1921945430102351980",
      "created_at" : "Mon May 12 15:10:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyriverbend Hey! Thanks! Our the 29 drivers work hard, and notes like this mean a lot. We're working on it together with operations. 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyriverbend",
      "in_reply_to_user_id_str" : "63700196022784518"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921898099037347032"
          ],
          "editableUntil" : "2025-05-12T12:59:48.607Z",
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
      "favorite_count" : "0",
      "id_str" : "1921898099037347032",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921898099037347032",
      "created_at" : "Mon May 12 11:59:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Service update: Saw 13,643 people at the Farmers Market for the air show. Riverton, you showed up! Follow this thread…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921880795209713547"
          ],
          "editableUntil" : "2025-05-12T11:51:03.053Z",
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
            "url" : "https://t.co/aZd0IcEYJN",
            "expanded_url" : "https://www.rrta.example/alerts/june-13-route-11",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "17",
      "id_str" : "1921880795209713547",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1921880795209713547",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 12 10:51:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Quarry Hill: more trips on the 11 starting May 21. Fixed the broken link from my last post, sorry about that: https://t.co/aZd0IcEYJN ❤️😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921717570677780641"
          ],
          "editableUntil" : "2025-05-12T01:02:27.292Z",
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
            "name" : "Sam Hey",
            "screen_name" : "sam_hey",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "31934554481614251",
            "id" : "31934554481614251"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1921715880960094917",
      "id_str" : "1921717570677780641",
      "in_reply_to_user_id" : "31934554481614251",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921717570677780641",
      "in_reply_to_status_id" : "1921715880960094917",
      "created_at" : "Mon May 12 00:02:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_hey Hello! Sorry to hear that. Sorry you got left behind. We're adding trips to the 1 this month. 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_hey",
      "in_reply_to_user_id_str" : "31934554481614251"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921691749844136287"
          ],
          "editableUntil" : "2025-05-11T23:19:51.126Z",
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
            "name" : "Rivertoneastgat",
            "screen_name" : "rivertoneastgat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "7864517693244110",
            "id" : "7864517693244110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1921691122340453931",
      "id_str" : "1921691749844136287",
      "in_reply_to_user_id" : "7864517693244110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921691749844136287",
      "in_reply_to_status_id" : "1921691122340453931",
      "created_at" : "Sun May 11 22:19:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertoneastgat Hey! Take the 30 to Riverton General Hospital, it's a short walk from there. We're working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertoneastgat",
      "in_reply_to_user_id_str" : "7864517693244110"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921343807790842810"
          ],
          "editableUntil" : "2025-05-11T00:17:15.276Z",
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
        "257"
      ],
      "favorite_count" : "1",
      "id_str" : "1921343807790842810",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1921343807790842810",
      "created_at" : "Sat May 10 23:17:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 9 can't get down Franklin St today (a film shoot), so it's using Bluff St. Heads up: Route 9 skips Franklin St until Sunday. The closest stop is Franklin St &amp; Quarry Rd. For the record, the Route 9 schedule was correct. Please check it before posting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921165470512140631"
          ],
          "editableUntil" : "2025-05-10T12:28:36.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "244",
              "256"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "0",
      "id_str" : "1921165470512140631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921165470512140631",
      "created_at" : "Sat May 10 11:28:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: a flat tire is slowing down Route 13 and Route 19. Give yourself an extra 30 minutes. Proud of our team for getting Route 13 back on schedule so fast. For the record, the Route 13 schedule was correct. Please check it before posting. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920916871025982008"
          ],
          "editableUntil" : "2025-05-09T20:00:45.619Z",
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
        "251"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1920915692109772641",
      "id_str" : "1920916871025982008",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920916871025982008",
      "in_reply_to_status_id" : "1920915692109772641",
      "created_at" : "Fri May 09 19:00:45 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Pride in the Park is this Wednesday at West High School. Looks like fun. Any changes to the Night Owl will only be considered after a full evaluation. Earlier I said the Night Owl skips Chestnut St. I was wrong: only the fairgrounds stop is closed.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920915692109772641"
          ],
          "editableUntil" : "2025-05-09T19:56:04.543Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "busstop",
            "indices" : [
              "105",
              "113"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "114",
              "124"
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
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1920914493698352767",
      "id_str" : "1920915692109772641",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920915692109772641",
      "in_reply_to_status_id" : "1920914493698352767",
      "created_at" : "Fri May 09 18:56:04 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Reminder: Did you leave a library books on bus 1836? It's waiting for you at Eastgate Transit Center. #busstop #RiverDays ❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920914493698352767"
          ],
          "editableUntil" : "2025-05-09T19:51:18.820Z",
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
        "93"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1920913781350579558",
      "id_str" : "1920914493698352767",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1920914493698352767",
      "in_reply_to_status_id" : "1920913781350579558",
      "created_at" : "Fri May 09 18:51:18 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Quick look at the sidewalk-to-stop program: we mapped every stop in Eastgate. More soon. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920913781350579558"
          ],
          "editableUntil" : "2025-05-09T19:48:28.983Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "220",
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
        "234"
      ],
      "favorite_count" : "16",
      "id_str" : "1920913781350579558",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920913781350579558",
      "created_at" : "Fri May 09 18:48:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Update on the electric bus rollout: crews poured the last concrete pad. The electric bus rollout is moving. This week crews poured the last concerte pad. Buses get our residents to jobs, school and the doctor. #DetourAlert 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920863531854513475"
          ],
          "editableUntil" : "2025-05-09T16:28:48.569Z",
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
        "101"
      ],
      "favorite_count" : "5",
      "id_str" : "1920863531854513475",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920863531854513475",
      "created_at" : "Fri May 09 15:28:48 +0000 2025",
      "favorited" : false,
      "full_text" : "The food truck rally is this Wednesday at Memorial Park. Looks like fun. Appreciate every one of you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920655360272569555"
          ],
          "editableUntil" : "2025-05-09T02:41:36.596Z",
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
      "id_str" : "1920655360272569555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920655360272569555",
      "created_at" : "Fri May 09 01:41:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Accessibility enhancements at the Riverton General Hospital boarding location have been completed in accordance with appl…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920647046787710173"
          ],
          "editableUntil" : "2025-05-09T02:08:34.507Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "91",
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
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1920647046787710173",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1920647046787710173",
      "created_at" : "Fri May 09 01:08:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts May 15: once you've paid $5 in a day, the rest of your rides are free. #RideRRTA 😄🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920634663103311815"
          ],
          "editableUntil" : "2025-05-09T01:19:22.007Z",
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
            "name" : "Dadnight",
            "screen_name" : "dadnight",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "37786075103551663",
            "id" : "37786075103551663"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1920633639298785007",
      "id_str" : "1920634663103311815",
      "in_reply_to_user_id" : "37786075103551663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920634663103311815",
      "in_reply_to_status_id" : "1920633639298785007",
      "created_at" : "Fri May 09 00:19:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadnight Hey! We apologize for the delay. Thanks, Kenwood Ave &amp; Kingsley Ave is closed for work. We've asked the trip planner folks to fix it. Stay warm out there! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadnight",
      "in_reply_to_user_id_str" : "37786075103551663"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920591660715616064"
          ],
          "editableUntil" : "2025-05-08T22:28:29.439Z",
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
      "id_str" : "1920591660715616064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920591660715616064",
      "created_at" : "Thu May 08 21:28:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Accessibility enhancements at the Wabash Ave &amp; Sycamore St boarding location have been completed in accordance with applica…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920562400966014321"
          ],
          "editableUntil" : "2025-05-08T20:32:13.371Z",
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
        "111"
      ],
      "favorite_count" : "7",
      "id_str" : "1920562400966014321",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920562400966014321",
      "created_at" : "Thu May 08 19:32:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Come tell us what you think about the paratransit booking app at Harbor Point on Thursday at 6:45 am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920290904145105227"
          ],
          "editableUntil" : "2025-05-08T02:33:23.484Z",
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
            "name" : "Lakesideprof9",
            "screen_name" : "lakesideprof9",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "58500255649425839",
            "id" : "58500255649425839"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1920290058052472965",
      "id_str" : "1920290904145105227",
      "in_reply_to_user_id" : "58500255649425839",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920290904145105227",
      "in_reply_to_status_id" : "1920290058052472965",
      "created_at" : "Thu May 08 01:33:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesideprof9 Thank you for sharing this! We'll pass it along to the Route 28 driver. Have a good one! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesideprof9",
      "in_reply_to_user_id_str" : "58500255649425839"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920067000706180424"
          ],
          "editableUntil" : "2025-05-07T11:43:40.745Z",
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
              "64",
              "74"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "75",
              "84"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1920067000706180424",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1920067000706180424",
      "created_at" : "Wed May 07 10:43:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 35 carried 15,381 rides last week, up 30% from last year. #RiverDays #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919909273923536848"
          ],
          "editableUntil" : "2025-05-07T01:16:55.749Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
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
      "favorite_count" : "19",
      "id_str" : "1919909273923536848",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1919909273923536848",
      "created_at" : "Wed May 07 00:16:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from the county courthouse on a clear morning. Riverton is beautiful today. Perfect day for a walk along the river in Ferry Landing. #DetourAlert 💙🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919893554662918935"
          ],
          "editableUntil" : "2025-05-07T00:14:27.985Z",
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
            "name" : "Night Lakeside9",
            "screen_name" : "night_lakeside9",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "40536865965999438",
            "id" : "40536865965999438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1919891257949747923",
      "id_str" : "1919893554662918935",
      "in_reply_to_user_id" : "40536865965999438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919893554662918935",
      "in_reply_to_status_id" : "1919891257949747923",
      "created_at" : "Tue May 06 23:14:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_lakeside9 Hi there! Take the 61 to Railroad Ave &amp; Oak Ave, it's a short walk from there. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_lakeside9",
      "in_reply_to_user_id_str" : "40536865965999438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919723635091325772"
          ],
          "editableUntil" : "2025-05-06T12:59:16.003Z",
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
            "url" : "https://t.co/aLBfaXMv8z",
            "expanded_url" : "https://x.com/RivertonCity/status/1919641124109652994",
            "display_url" : "x.com/RivertonCity/status…",
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
      "favorite_count" : "0",
      "id_str" : "1919723635091325772",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1919723635091325772",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 06 11:59:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 8 riders: Saw 14,127 people at the VA clinic for the River Days festival. Riverton, you showed up! The information in our Route 8 post was accurate as published. https://t.co/aLBfaXMv8z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919715553448589314"
          ],
          "editableUntil" : "2025-05-06T12:27:09.189Z",
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
            "name" : "Grandpa Lakesid",
            "screen_name" : "grandpa_lakesid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "38571259187996277",
            "id" : "38571259187996277"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "35",
      "in_reply_to_status_id_str" : "1919714588923529567",
      "id_str" : "1919715553448589314",
      "in_reply_to_user_id" : "38571259187996277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919715553448589314",
      "in_reply_to_status_id" : "1919714588923529567",
      "created_at" : "Tue May 06 11:27:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_lakesid Hello! We apologize for the inconvenience. That shouldn't happen at Park Ave &amp; Orchard Ave. Can you send us the time and direction so we can follow up? We're testing a poetry contest on the bus cards soon, so your feedback really helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_lakesid",
      "in_reply_to_user_id_str" : "38571259187996277"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919706838596325860"
          ],
          "editableUntil" : "2025-05-06T11:52:31.406Z",
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
              "209",
              "217"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "11",
      "id_str" : "1919706838596325860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919706838596325860",
      "created_at" : "Tue May 06 10:52:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Come tell us what you think about the electric bus rollout at the Food Co-op on Wednesday at 6:45 am. Open house about the electric bus rollout on Wednesday, 6:45 am at the Food Co-op. Kids welcome. #busstop ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919559776739709521"
          ],
          "editableUntil" : "2025-05-06T02:08:09.127Z",
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
            "url" : "https://t.co/kOoNV0FboI",
            "expanded_url" : "https://www.rrta.example/survey/harbor-point",
            "display_url" : "www.rrta.example/survey/h…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "30",
      "id_str" : "1919559776739709521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919559776739709521",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 06 01:08:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Kwame, who keeps Route 19 runnnig through Harbor Point every morning. Fixed the broken link from my last post, sorry about that: https://t.co/kOoNV0FboI 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919418373367196846"
          ],
          "editableUntil" : "2025-05-05T16:46:15.936Z",
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
            "name" : "Night Dj1954",
            "screen_name" : "night_dj1954",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "25722093197571438",
            "id" : "25722093197571438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1919417185025468330",
      "id_str" : "1919418373367196846",
      "in_reply_to_user_id" : "25722093197571438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919418373367196846",
      "in_reply_to_status_id" : "1919417185025468330",
      "created_at" : "Mon May 05 15:46:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_dj1954 Hi there! Yes, the 26 runs until about 11 pm on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_dj1954",
      "in_reply_to_user_id_str" : "25722093197571438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919372004203632898"
          ],
          "editableUntil" : "2025-05-05T13:42:00.666Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DetourAlert",
            "indices" : [
              "94",
              "106"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "107",
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
      "favorite_count" : "0",
      "id_str" : "1919372004203632898",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1919372004203632898",
      "created_at" : "Mon May 05 12:42:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Found on Route 2: a backpack. Claim it at Northside Transfer Center lost and found. #DetourAlert #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919085044372954024"
          ],
          "editableUntil" : "2025-05-04T18:41:44.111Z",
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
            "name" : "Skater The Real",
            "screen_name" : "skater_the_real",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "68442154651980269",
            "id" : "68442154651980269"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1919084422787947783",
      "id_str" : "1919085044372954024",
      "in_reply_to_user_id" : "68442154651980269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919085044372954024",
      "in_reply_to_status_id" : "1919084422787947783",
      "created_at" : "Sun May 04 17:41:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_the_real The last 50 leaves Harbor Point Station at 8:40 am on weekdays. Riders like you make this job worth it. Stay warm out there! 🎉💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_the_real",
      "in_reply_to_user_id_str" : "68442154651980269"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918861933049079988"
          ],
          "editableUntil" : "2025-05-04T03:55:10.226Z",
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
            "name" : "Maria Skater",
            "screen_name" : "maria_skater",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "35534093737594560",
            "id" : "35534093737594560"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1918860802679429869",
      "id_str" : "1918861933049079988",
      "in_reply_to_user_id" : "35534093737594560",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918861933049079988",
      "in_reply_to_status_id" : "1918860802679429869",
      "created_at" : "Sun May 04 02:55:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_skater We hear you. Saturday service on the Blue Line is on the list for the next service change!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_skater",
      "in_reply_to_user_id_str" : "35534093737594560"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918748523806685710"
          ],
          "editableUntil" : "2025-05-03T20:24:31.356Z",
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
            "name" : "Prof Kat",
            "screen_name" : "prof_kat",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "65239824399114251",
            "id" : "65239824399114251"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1918747149477736136",
      "id_str" : "1918748523806685710",
      "in_reply_to_user_id" : "65239824399114251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918748523806685710",
      "in_reply_to_status_id" : "1918747149477736136",
      "created_at" : "Sat May 03 19:24:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@prof_kat Hi there! We apologize for the delay. Route 15 is running about 15 minutes behind because of a police stop. It should reach the Art Museum around 12:30. Follow us for live updates on Route 15. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "prof_kat",
      "in_reply_to_user_id_str" : "65239824399114251"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918635388253307861"
          ],
          "editableUntil" : "2025-05-03T12:54:57.738Z",
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
      "favorite_count" : "11",
      "id_str" : "1918635388253307861",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1918635388253307861",
      "created_at" : "Sat May 03 11:54:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The elevator at Eastgate Transit Center is out of service. Use the ramp on the Water St side. I stand corrected: a rider pointed out the Water St &amp; Railroad Ave stop moved to Kingsley Ave. Thank you! 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918269441614022392"
          ],
          "editableUntil" : "2025-05-02T12:40:49.260Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "31",
      "id_str" : "1918269441614022392",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918269441614022392",
      "created_at" : "Fri May 02 11:40:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Buses on the 40 are about 20 min behind right now (a police stop). Thanks for your patience. You all asked, so here's a thread on the Better Stops program. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917731599783127775"
          ],
          "editableUntil" : "2025-05-01T01:03:37.775Z",
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
            "name" : "Msdad2001",
            "screen_name" : "msdad2001",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "49946939606158228",
            "id" : "49946939606158228"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1917730015943112274",
      "id_str" : "1917731599783127775",
      "in_reply_to_user_id" : "49946939606158228",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1917731599783127775",
      "in_reply_to_status_id" : "1917730015943112274",
      "created_at" : "Thu May 01 00:03:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@msdad2001 Hello! Route 3 is running about 6 minutes behind because of heavy traffic. It should reach Water St &amp; Willow Rd around 8:15. Have a great day!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msdad2001",
      "in_reply_to_user_id_str" : "49946939606158228"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917527220076145367"
          ],
          "editableUntil" : "2025-04-30T11:31:29.856Z",
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
              "151",
              "159"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "160",
              "176"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OXWGWy8yZy",
            "expanded_url" : "https://www.rrta.example/news/riverton-marathon",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "3",
      "id_str" : "1917527220076145367",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1917527220076145367",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 30 10:31:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including Route 33. Buses get our residents to jobs, school and the doctor. https://t.co/OXWGWy8yZy #transit #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917293352590103210"
          ],
          "editableUntil" : "2025-04-29T20:02:11.502Z",
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
        "184"
      ],
      "favorite_count" : "0",
      "id_str" : "1917293352590103210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917293352590103210",
      "created_at" : "Tue Apr 29 19:02:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Note to self: Fairview at dawn is gleaming. Stay safe in the ice storm. Warming buses are parked at University Station and City Hall. Please share with your neighbors who ride Route 6!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916898604681342899"
          ],
          "editableUntil" : "2025-04-28T17:53:36.266Z",
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
      "favorite_count" : "1",
      "id_str" : "1916898604681342899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916898604681342899",
      "created_at" : "Mon Apr 28 16:53:36 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: The Night Owl expansion is moving. This week crews poured the last concrete pad. Our first try at letting riders name the ne…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916891151782348375"
          ],
          "editableUntil" : "2025-04-28T17:23:59.357Z",
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
            "name" : "Northsidez",
            "screen_name" : "northsidez",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4606127666899014",
            "id" : "4606127666899014"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1916888272863949841",
      "id_str" : "1916891151782348375",
      "in_reply_to_user_id" : "4606127666899014",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916891151782348375",
      "in_reply_to_status_id" : "1916888272863949841",
      "created_at" : "Mon Apr 28 16:23:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidez Hey! Sorry for the wait. Thanks for telling us. We've sent this to the Route 18 supervisor to talk with the driver. Follow us for live updates on Route 18. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidez",
      "in_reply_to_user_id_str" : "4606127666899014"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916851414118157699"
          ],
          "editableUntil" : "2025-04-28T14:46:05.159Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1916851414118157699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916851414118157699",
      "created_at" : "Mon Apr 28 13:46:05 +0000 2025",
      "favorited" : false,
      "full_text" : "The ice storm is here. Buses are running but expect delays of 8 minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916820090025392509"
          ],
          "editableUntil" : "2025-04-28T12:41:36.914Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "116",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "9",
      "id_str" : "1916820090025392509",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916820090025392509",
      "created_at" : "Mon Apr 28 11:41:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the heat wave. Warming buses are parked at Harbor Point Station and Eastgate Transit Center. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916463124458230419"
          ],
          "editableUntil" : "2025-04-27T13:03:09.690Z",
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
            "name" : "Tj K1983",
            "screen_name" : "tj_k1983",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "42158989914472275",
            "id" : "42158989914472275"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1916461512737991590",
      "id_str" : "1916463124458230419",
      "in_reply_to_user_id" : "42158989914472275",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916463124458230419",
      "in_reply_to_status_id" : "1916461512737991590",
      "created_at" : "Sun Apr 27 12:03:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_k1983 Hi! This is so nice to hear. We'll make sure Hiroshi sees it. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_k1983",
      "in_reply_to_user_id_str" : "42158989914472275"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916436201657345392"
          ],
          "editableUntil" : "2025-04-27T11:16:10.794Z",
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
            "name" : "Profmom",
            "screen_name" : "profmom",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "40084277647751931",
            "id" : "40084277647751931"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1916434181788265966",
      "id_str" : "1916436201657345392",
      "in_reply_to_user_id" : "40084277647751931",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916436201657345392",
      "in_reply_to_status_id" : "1916434181788265966",
      "created_at" : "Sun Apr 27 10:16:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@profmom Hello! So sorry to hear about your morning. The 39 had a stuck drawbridge and is catching up now. Next bus is 12 minutes out. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profmom",
      "in_reply_to_user_id_str" : "40084277647751931"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915936381011536413"
          ],
          "editableUntil" : "2025-04-26T02:10:04.266Z",
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
        "126"
      ],
      "favorite_count" : "5",
      "id_str" : "1915936381011536413",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1915936381011536413",
      "created_at" : "Sat Apr 26 01:10:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Municipal offices will observe modified operating hours on Thursday in connection with the jazz festival.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915856201688258777"
          ],
          "editableUntil" : "2025-04-25T20:51:28.026Z",
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
      "id_str" : "1915856201688258777",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915856201688258777",
      "created_at" : "Fri Apr 25 19:51:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Saw 31,946 people at the Job Center for the summer block party. Riverton, you showed up! You all are the best. Going forw…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915798082691897265"
          ],
          "editableUntil" : "2025-04-25T17:00:31.377Z",
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
        "151"
      ],
      "favorite_count" : "6",
      "id_str" : "1915798082691897265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915798082691897265",
      "created_at" : "Fri Apr 25 16:00:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Union Hill. Buses get our residents to jobs, school and the doctor. ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915581192475852332"
          ],
          "editableUntil" : "2025-04-25T02:38:40.720Z",
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
            "name" : "Maria Dee1963",
            "screen_name" : "maria_dee1963",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "30717749385335293",
            "id" : "30717749385335293"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1915578528172478764",
      "id_str" : "1915581192475852332",
      "in_reply_to_user_id" : "30717749385335293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915581192475852332",
      "in_reply_to_status_id" : "1915578528172478764",
      "created_at" : "Fri Apr 25 01:38:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_dee1963 Hello! Check with lost and found at University Station. If your lunch box turns up, they'll hold it for 30 days. Safe travels! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_dee1963",
      "in_reply_to_user_id_str" : "30717749385335293"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915576427242101000"
          ],
          "editableUntil" : "2025-04-25T02:19:44.600Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "121",
              "130"
            ]
          },
          {
            "text" : "RiverDa",
            "indices" : [
              "131",
              "139"
            ]
          }
        ],
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
      "id_str" : "1915576427242101000",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915576427242101000",
      "created_at" : "Fri Apr 25 01:19:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Please be advised: Open house about fare capping on Tuesday, 9:15 am at the Art Museum. Kids welcome. #RideRRTA #RiverDa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915396906245667380"
          ],
          "editableUntil" : "2025-04-24T14:26:23.459Z",
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
      "id_str" : "1915396906245667380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915396906245667380",
      "created_at" : "Thu Apr 24 13:26:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: If Route 36 had a soundtrack, this morning it would be a slow jazz tune. The City of Riverton has announc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915377631119217207"
          ],
          "editableUntil" : "2025-04-24T13:09:47.911Z",
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
              "195",
              "203"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "3",
      "id_str" : "1915377631119217207",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915377631119217207",
      "created_at" : "Thu Apr 24 12:09:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Heads up: the Riverside Express skips Tower Rd until Friday. The closest stop is Tower Rd &amp; Westgate Blvd. Proud of our team for getting the Riverside Express back on schedule so fast. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915088119030626124"
          ],
          "editableUntil" : "2025-04-23T17:59:22.850Z",
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
        "139"
      ],
      "favorite_count" : "4",
      "id_str" : "1915088119030626124",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915088119030626124",
      "created_at" : "Wed Apr 23 16:59:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Please be advised: a lane closure is slowing down Route 24 and Route 50. Give yourself an extra 20 minutes. We couldn't do…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915079526640365683"
          ],
          "editableUntil" : "2025-04-23T17:25:14.265Z",
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
            "name" : "Eastgatez",
            "screen_name" : "eastgatez",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1370614694533224",
            "id" : "1370614694533224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1915078492817650863",
      "id_str" : "1915079526640365683",
      "in_reply_to_user_id" : "1370614694533224",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1915079526640365683",
      "in_reply_to_status_id" : "1915078492817650863",
      "created_at" : "Wed Apr 23 16:25:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgatez Hi there! Thank you for sharing this! We'll pass it along to the Route 42 driver. Let us know if you need anything else. 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgatez",
      "in_reply_to_user_id_str" : "1370614694533224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915004935130334714"
          ],
          "editableUntil" : "2025-04-23T12:28:50.263Z",
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
            "url" : "https://t.co/r4hpwjH3LW",
            "expanded_url" : "https://x.com/mhill/status/1914423392025518351",
            "display_url" : "x.com/mhill/status/191442…",
            "indices" : [
              "144",
              "167"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "4",
      "id_str" : "1915004935130334714",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1915004935130334714",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 23 11:28:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: the summer block party is this Thursday at Riverton Community College. Looks like fun. Proud to serve Riverton riders every day. 👏 https://t.co/r4hpwjH3LW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914717970440324750"
          ],
          "editableUntil" : "2025-04-22T17:28:32.549Z",
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
            "name" : "Nightkat1950",
            "screen_name" : "nightkat1950",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "13506789649821718",
            "id" : "13506789649821718"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1914715245282388984",
      "id_str" : "1914717970440324750",
      "in_reply_to_user_id" : "13506789649821718",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1914717970440324750",
      "in_reply_to_status_id" : "1914715245282388984",
      "created_at" : "Tue Apr 22 16:28:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightkat1950 Hey! A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Northside Transfer Center. I'll find out and reply by the end of the day. Let us know if you need anything else. 🙏😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightkat1950",
      "in_reply_to_user_id_str" : "13506789649821718"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914709258461017645"
          ],
          "editableUntil" : "2025-04-22T16:53:55.451Z",
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
            "name" : "Dadbikegirl49",
            "screen_name" : "dadbikegirl49",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "28909468680840628",
            "id" : "28909468680840628"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1914709258461017645",
      "in_reply_to_user_id" : "28909468680840628",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1914709258461017645",
      "created_at" : "Tue Apr 22 15:53:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadbikegirl49 Hey! The last 21 leaves University Station at 7:15 am on weekdays. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadbikegirl49",
      "in_reply_to_user_id_str" : "28909468680840628"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914677871778444616"
          ],
          "editableUntil" : "2025-04-22T14:49:12.283Z",
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
            "name" : "Dj Dee47",
            "screen_name" : "dj_dee47",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "17066059089975909",
            "id" : "17066059089975909"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1914675805431312239",
      "id_str" : "1914677871778444616",
      "in_reply_to_user_id" : "17066059089975909",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914677871778444616",
      "in_reply_to_status_id" : "1914675805431312239",
      "created_at" : "Tue Apr 22 13:49:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@dj_dee47 Thanks for reaching out. Yes! Route 18 runs every 8 minutes before and after the Dragon Boat races. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "dj_dee47",
      "in_reply_to_user_id_str" : "17066059089975909"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1914629209379130790",
          "editControlInitial" : {
            "editTweetIds" : [
              "1914629209379130790",
              "1914635065351488231"
            ],
            "editableUntil" : "2025-04-22T11:35:50.263Z",
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
            "text" : "transit",
            "indices" : [
              "169",
              "177"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/IgW7cl7MZA",
            "expanded_url" : "https://www.rrta.example/alerts/september-2-route-50",
            "display_url" : "www.rrta.example/alerts/s…",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "0",
      "id_str" : "1914635065351488231",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914635065351488231",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 22 10:59:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the food truck rally this Friday! Skip the parking and ride Route 50. Fun fact: one of our mechanics restores old buses for fun! https://t.co/IgW7cl7MZA #transit 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914629209379130790",
            "1914635065351488231"
          ],
          "editableUntil" : "2025-04-22T11:35:50.263Z",
          "editsRemaining" : "4",
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
              "169",
              "177"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JgldZ7eMco",
            "expanded_url" : "https://www.rrta.example/alerts/september-2-route-50",
            "display_url" : "www.rrta.example/alerts/s…",
            "indices" : [
              "145",
              "168"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "6",
      "id_str" : "1914629209379130790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914629209379130790",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 22 10:35:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the food truck rally this Friday! Skip the parking and ride Route 50. Fun fact: one of our mechanics restores old bsues for fun! https://t.co/JgldZ7eMco #transit 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914472336785991297"
          ],
          "editableUntil" : "2025-04-22T01:12:28.922Z",
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
      "favorite_count" : "5",
      "id_str" : "1914472336785991297",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914472336785991297",
      "created_at" : "Tue Apr 22 00:12:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Story time: Kwame on the Green Line stopped to help a kid find his mom at Central Station, then waved the whole bus good…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914112098118880120"
          ],
          "editableUntil" : "2025-04-21T01:21:01.331Z",
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
            "name" : "Coffee Dj92",
            "screen_name" : "coffee_dj92",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "43611938522910303",
            "id" : "43611938522910303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1914111617787952350",
      "id_str" : "1914112098118880120",
      "in_reply_to_user_id" : "43611938522910303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914112098118880120",
      "in_reply_to_status_id" : "1914111617787952350",
      "created_at" : "Mon Apr 21 00:21:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_dj92 Sorry for the wait. Thanks! We will pull bus 1612 for an AC check when it gets back to the garage. Let us know if you need anything else. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_dj92",
      "in_reply_to_user_id_str" : "43611938522910303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913932898084380832"
          ],
          "editableUntil" : "2025-04-20T13:28:56.714Z",
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
            "url" : "https://t.co/yqfWaqL9wI",
            "expanded_url" : "https://www.rrta.example/survey/oak-grove",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "15",
      "id_str" : "1913932898084380832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913932898084380832",
      "possibly_sensitive" : false,
      "created_at" : "Sun Apr 20 12:28:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The new 40 timetable is out. Pick one up on the bus or see https://t.co/yqfWaqL9wI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913544177062151643"
          ],
          "editableUntil" : "2025-04-19T11:44:18.400Z",
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
              "203",
              "217"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tessa Nguyen",
            "screen_name" : "tessarides",
            "indices" : [
              "157",
              "168"
            ],
            "id_str" : "3127294018",
            "id" : "3127294018"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "3",
      "id_str" : "1913544177062151643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913544177062151643",
      "created_at" : "Sat Apr 19 10:44:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: the Juneteenth parade is Thursday. Buses will drop off at Riverside Dr &amp; Orchard Ave, two blocks from the entrance. Stay cool out there! H/t @tessarides for the heads up. Does that help? #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913352921979474730"
          ],
          "editableUntil" : "2025-04-18T23:04:19.635Z",
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
              "97",
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
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1913352921979474730",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913352921979474730",
      "created_at" : "Fri Apr 18 22:04:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from Riverton General Hospital on a clear morning. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1913202178787945030",
          "editControlInitial" : {
            "editTweetIds" : [
              "1913202178787945030",
              "1913206992548253223"
            ],
            "editableUntil" : "2025-04-18T13:05:19.657Z",
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
            "text" : "RiverDays",
            "indices" : [
              "113",
              "123"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/XmenOSfF91",
            "expanded_url" : "https://www.rrta.example/alerts/april-10-route-28",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1913206992548253223",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1913206992548253223",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 18 12:24:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the bus stop audit on Monday, 3:05 at the Farmers Market. Kids welcome. https://t.co/XmenOSfF91 #RiverDays ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913205322651007467"
          ],
          "editableUntil" : "2025-04-18T13:17:49.212Z",
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
            "name" : "Owl Lakeside195",
            "screen_name" : "owl_lakeside195",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "10159081337036338",
            "id" : "10159081337036338"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1913204104278114891",
      "id_str" : "1913205322651007467",
      "in_reply_to_user_id" : "10159081337036338",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1913205322651007467",
      "in_reply_to_status_id" : "1913204104278114891",
      "created_at" : "Fri Apr 18 12:17:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_lakeside195 Hey! The last 31A levaes University Station at 2:50 on weekdays. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_lakeside195",
      "in_reply_to_user_id_str" : "10159081337036338"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913202178787945030",
            "1913206992548253223"
          ],
          "editableUntil" : "2025-04-18T13:05:19.657Z",
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
              "113",
              "123"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/aAcUR38KUs",
            "expanded_url" : "https://www.rrta.example/alerts/april-10-route-28",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "7",
      "id_str" : "1913202178787945030",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1913202178787945030",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 18 12:05:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house aobut the bus stop audit on Monday, 3:05 at the Farmers Market. Kids welcome. https://t.co/aAcUR38KUs #RiverDays ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912816615929865012"
          ],
          "editableUntil" : "2025-04-17T11:33:14.308Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "174",
              "188"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "189",
              "198"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "2",
      "id_str" : "1912816615929865012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912816615929865012",
      "created_at" : "Thu Apr 17 10:33:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 35 gets later evening trips starting May 1. Last bus leaves the Food Co-op at 12:50. Great question! I do not know offhand, but our operations team does. Checking now. #accessibility #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912550637956760033"
          ],
          "editableUntil" : "2025-04-16T17:56:20.218Z",
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
      "favorite_count" : "7",
      "id_str" : "1912550637956760033",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912550637956760033",
      "created_at" : "Wed Apr 16 16:56:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Please be advised: Boardings on Route 13 reached 25,875 for the reporting period, exceeding established performance benchma…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912456703012310049"
          ],
          "editableUntil" : "2025-04-16T11:43:04.382Z",
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
            "name" : "Riverton K25",
            "screen_name" : "riverton_k25",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "40305310157914165",
            "id" : "40305310157914165"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1912453866458097797",
      "id_str" : "1912456703012310049",
      "in_reply_to_user_id" : "40305310157914165",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912456703012310049",
      "in_reply_to_status_id" : "1912453866458097797",
      "created_at" : "Wed Apr 16 10:43:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_k25 Hey there! Yes! The 35 runs every 20 minutes before and after the River Days festival. I can tell you with certainty that the 35 is on schedule. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_k25",
      "in_reply_to_user_id_str" : "40305310157914165"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912329373125493831"
          ],
          "editableUntil" : "2025-04-16T03:17:06.571Z",
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
            "name" : "Heydj",
            "screen_name" : "heydj",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "7203618237379351",
            "id" : "7203618237379351"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1912327343929987236",
      "id_str" : "1912329373125493831",
      "in_reply_to_user_id" : "7203618237379351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912329373125493831",
      "in_reply_to_status_id" : "1912327343929987236",
      "created_at" : "Wed Apr 16 02:17:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@heydj Hi there! The 3:35 pm trip is our busiest. We've asked planning to add a bus.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heydj",
      "in_reply_to_user_id_str" : "7203618237379351"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912296538374795049"
          ],
          "editableUntil" : "2025-04-16T01:06:38.157Z",
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
            "name" : "Lakeside Mr53",
            "screen_name" : "lakeside_mr53",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "92925504210153",
            "id" : "92925504210153"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1912294104370457723",
      "id_str" : "1912296538374795049",
      "in_reply_to_user_id" : "92925504210153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912296538374795049",
      "in_reply_to_status_id" : "1912294104370457723",
      "created_at" : "Wed Apr 16 00:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_mr53 Hey there! Yes, the 21 runs until about 11 pm on weekdays. 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_mr53",
      "in_reply_to_user_id_str" : "92925504210153"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912219297018341846"
          ],
          "editableUntil" : "2025-04-15T19:59:42.382Z",
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
              "67",
              "75"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "76",
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
      "favorite_count" : "4",
      "id_str" : "1912219297018341846",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1912219297018341846",
      "created_at" : "Tue Apr 15 18:59:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Southport: more trips on Route 61 starting April 24. #busstop #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912144373045096306"
          ],
          "editableUntil" : "2025-04-15T15:01:59.115Z",
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
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1912144373045096306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912144373045096306",
      "created_at" : "Tue Apr 15 14:01:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Anita has driven Route 7X for 29 years and still knows every regular by name. Appreciate every one of you. 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912107704805271034"
          ],
          "editableUntil" : "2025-04-15T12:36:16.725Z",
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
            "name" : "Miketj",
            "screen_name" : "miketj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "5130266530686516",
            "id" : "5130266530686516"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VB7GEdQPyj",
            "expanded_url" : "https://www.rrta.example/maps/route-5",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1912106756703133266",
      "id_str" : "1912107704805271034",
      "in_reply_to_user_id" : "5130266530686516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912107704805271034",
      "in_reply_to_status_id" : "1912106756703133266",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 15 11:36:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@miketj Hi! We're looking at service to Southport as part of the Eastgate station rebuild. Tell us more here: https://t.co/VB7GEdQPyj Follow us for live updates on the 5!",
      "lang" : "en",
      "in_reply_to_screen_name" : "miketj",
      "in_reply_to_user_id_str" : "5130266530686516"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912104362286674724"
          ],
          "editableUntil" : "2025-04-15T12:22:59.807Z",
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
        "179"
      ],
      "favorite_count" : "1",
      "id_str" : "1912104362286674724",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912104362286674724",
      "created_at" : "Tue Apr 15 11:22:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Overheard on Route 19 this morning: \"this bus is my thinking time.\" the transit signal priority project is moving. This week the app beta has 20,939 testers. You all are the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912100543142704832"
          ],
          "editableUntil" : "2025-04-15T12:07:49.252Z",
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
            "url" : "https://t.co/DtsVs8upKz",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1912100543142704832",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912100543142704832",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 15 11:07:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including Route 29. https://t.co/DtsVs8upKz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911800386033802746"
          ],
          "editableUntil" : "2025-04-14T16:15:06.220Z",
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
            "name" : "Deeoldmill24",
            "screen_name" : "deeoldmill24",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "69885632363169946",
            "id" : "69885632363169946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1911799955511965417",
      "id_str" : "1911800386033802746",
      "in_reply_to_user_id" : "69885632363169946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911800386033802746",
      "in_reply_to_status_id" : "1911799955511965417",
      "created_at" : "Mon Apr 14 15:15:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@deeoldmill24 Hi! We apologize for the delay. Route 20 had ice on the hills and is catching up now. Next bus is 3 minutes out. Enjoy the ride! Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "deeoldmill24",
      "in_reply_to_user_id_str" : "69885632363169946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911772054356199072"
          ],
          "editableUntil" : "2025-04-14T14:22:31.422Z",
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
            "name" : "Tjjust",
            "screen_name" : "tjjust",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "8392695396926126",
            "id" : "8392695396926126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1911771396739121533",
      "id_str" : "1911772054356199072",
      "in_reply_to_user_id" : "8392695396926126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911772054356199072",
      "in_reply_to_status_id" : "1911771396739121533",
      "created_at" : "Mon Apr 14 13:22:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjjust Sorry to hear that. Thanks, we've sent a crew to Dock St &amp; Hawthorne Rd.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjjust",
      "in_reply_to_user_id_str" : "8392695396926126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911755030133819926"
          ],
          "editableUntil" : "2025-04-14T13:14:52.531Z",
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
      "favorite_count" : "18",
      "id_str" : "1911755030133819926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911755030133819926",
      "created_at" : "Mon Apr 14 12:14:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk. Share th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911607765025599403"
          ],
          "editableUntil" : "2025-04-14T03:29:41.793Z",
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
            "url" : "https://t.co/l0aSxO3t9m",
            "expanded_url" : "https://www.rrta.example/meetings/sidewalk-to-stop-program-3",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "190",
              "213"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "2",
      "id_str" : "1911607765025599403",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911607765025599403",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 14 02:29:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Open house about the sidewalk-to-stop program on Tuesday, 10:40 at the Amtrak station. Kids welcome. We want your ideas for the sidewalk-to-stop program. Take the 5-minute survey: https://t.co/l0aSxO3t9m Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911595355526648555"
          ],
          "editableUntil" : "2025-04-14T02:40:23.138Z",
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
        "150"
      ],
      "favorite_count" : "0",
      "id_str" : "1911595355526648555",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911595355526648555",
      "created_at" : "Mon Apr 14 01:40:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Quick look at the bus stop audit: the first buses arrive in April. More soon. Update on the bus stop audit: the first buses arrive in April!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911543966776899968"
          ],
          "editableUntil" : "2025-04-13T23:16:11.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "86",
              "95"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "96",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Bike Coalition",
            "screen_name" : "RivBikes",
            "indices" : [
              "16",
              "25"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YX9sDPdxhG",
            "expanded_url" : "https://x.com/RivFoodBank/status/1911245241246565346",
            "display_url" : "x.com/RivFoodBank/status/…",
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
      "favorite_count" : "4",
      "id_str" : "1911543966776899968",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1911543966776899968",
      "possibly_sensitive" : false,
      "created_at" : "Sun Apr 13 22:16:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivBikes. Update on fare capping: the first 220 signs are installed. #RideRRTA #transit https://t.co/YX9sDPdxhG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911188810500947945"
          ],
          "editableUntil" : "2025-04-12T23:44:55.251Z",
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
              "131",
              "141"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "5",
      "id_str" : "1911188810500947945",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911188810500947945",
      "created_at" : "Sat Apr 12 22:44:55 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at Terrace Pl &amp; Willow Rd is done, so boarding with a wheelchair or stroller is easier. Appreciate every one of you. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911169062536093795"
          ],
          "editableUntil" : "2025-04-12T22:26:26.969Z",
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
            "name" : "Mrjess",
            "screen_name" : "mrjess",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "34376127465734336",
            "id" : "34376127465734336"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/U1TxmScjuR",
            "expanded_url" : "https://www.rrta.example/projects/better-stops-program",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1911166652775383580",
      "id_str" : "1911169062536093795",
      "in_reply_to_user_id" : "34376127465734336",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1911169062536093795",
      "in_reply_to_status_id" : "1911166652775383580",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 12 21:26:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrjess Supplemental service will be deployed in supoprt of the air show; details are available at https://t.co/U1TxmScjuR. We value your continued ridership!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrjess",
      "in_reply_to_user_id_str" : "34376127465734336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910880756123691339"
          ],
          "editableUntil" : "2025-04-12T03:20:49.364Z",
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
            "url" : "https://t.co/vwlxaqVXdA",
            "expanded_url" : "https://www.rrta.example/projects/reduced-fare-program",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "5",
      "id_str" : "1910880756123691339",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1910880756123691339",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 12 02:20:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Heads up: the 27 skips Lincoln Blvd until Tuesday. The closest stop is Riverton Community College. https://t.co/vwlxaqVXdA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910678287670495235"
          ],
          "editableUntil" : "2025-04-11T13:56:17.123Z",
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
        "124"
      ],
      "favorite_count" : "24",
      "id_str" : "1910678287670495235",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910678287670495235",
      "created_at" : "Fri Apr 11 12:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Sky over Lakeside Plaza: rain-soaked. Saw 394 people at Lakeside Plaza for the River Days festival. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910508212755218702"
          ],
          "editableUntil" : "2025-04-11T02:40:28.103Z",
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
        "117"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1910507516390180088",
      "id_str" : "1910508212755218702",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1910508212755218702",
      "in_reply_to_status_id" : "1910507516390180088",
      "created_at" : "Fri Apr 11 01:40:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the St. Patrick's parade? The Red Line runs every 8 minutes until midnight on Thursday. Stay cool out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910507516390180088"
          ],
          "editableUntil" : "2025-04-11T02:37:42.077Z",
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
        "195"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1910507271494219090",
      "id_str" : "1910507516390180088",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910507516390180088",
      "in_reply_to_status_id" : "1910507271494219090",
      "created_at" : "Fri Apr 11 01:37:42 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Found a note taped in the Harbor Point shelter today: \"thank you for the bench.\" It made our week. Meet Ms. Carla, who keeps Route 20 running through Parkside every morning. Does that help? 🎉✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910507271494219090"
          ],
          "editableUntil" : "2025-04-11T02:36:43.689Z",
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
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "125",
              "135"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1910506850237900307",
      "id_str" : "1910507271494219090",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910507271494219090",
      "in_reply_to_status_id" : "1910506850237900307",
      "created_at" : "Fri Apr 11 01:36:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on Ogden Ave means the Red Line uses Grand Ave for now. Add about 40 minutes. Not my area of expertise, so I asked @dalerides. Answer coming soon. You all are the best. Any questions, just reply here!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910506850237900307"
          ],
          "editableUntil" : "2025-04-11T02:35:03.254Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "text" : "FareFree",
            "indices" : [
              "208",
              "217"
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
      "id_str" : "1910506850237900307",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1910506850237900307",
      "created_at" : "Fri Apr 11 01:35:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: A rider told me she has taken Route 33 to the same job for 5 years and never once missed a shift. Nothing beats the view of the river from Central Station on a clear morning. #RivertonTransit #FareFree ❤️ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910458062576607364"
          ],
          "editableUntil" : "2025-04-10T23:21:11.369Z",
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
            "name" : "Nurseriverton",
            "screen_name" : "nurseriverton",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "62425572380070990",
            "id" : "62425572380070990"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1910457647453569020",
      "id_str" : "1910458062576607364",
      "in_reply_to_user_id" : "62425572380070990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910458062576607364",
      "in_reply_to_status_id" : "1910457647453569020",
      "created_at" : "Thu Apr 10 22:21:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurseriverton Hey! Thanks for telling us. We've sent this to the 31 superivsor to talk with the driver. Follow us for live updates on the 31.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurseriverton",
      "in_reply_to_user_id_str" : "62425572380070990"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910444649821938524"
          ],
          "editableUntil" : "2025-04-10T22:27:53.519Z",
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
        "179"
      ],
      "favorite_count" : "12",
      "id_str" : "1910444649821938524",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910444649821938524",
      "created_at" : "Thu Apr 10 21:27:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Prairie View. Saw 242 people at Riverton Community College for the jazz festival. Riverton, you showed up! 🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910364987064360796"
          ],
          "editableUntil" : "2025-04-10T17:11:20.438Z",
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
        "259"
      ],
      "favorite_count" : "0",
      "id_str" : "1910364987064360796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910364987064360796",
      "created_at" : "Thu Apr 10 16:11:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Riverfront concert series is this Friday at Eastgate Transit Center. Looks like fun. Correction: the Route 4 detour starts Friday, not Wednesday. Sorry, my mistake! Experiment time: a bus stop adoption program in Oak Grove on Route 4 this month.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910342254125064288"
          ],
          "editableUntil" : "2025-04-10T15:41:00.483Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "166"
      ],
      "favorite_count" : "3",
      "id_str" : "1910342254125064288",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1910342254125064288",
      "created_at" : "Thu Apr 10 14:41:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The 7 can't get down Ferry St today (a gas leak), so it's using Nicollet Ave. Correction: the 7 detour starts Wednesday, not Sunday. Sorry, my mistake! #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910001376957990678"
          ],
          "editableUntil" : "2025-04-09T17:06:29.033Z",
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
        "129"
      ],
      "favorite_count" : "3",
      "id_str" : "1910001376957990678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910001376957990678",
      "created_at" : "Wed Apr 09 16:06:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Raymond, who keeps Route 18 running through Bluffton every morning. We couldn't do this without our operators and mechanics.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909922638912445754"
          ],
          "editableUntil" : "2025-04-09T11:53:36.420Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count" : "8",
      "id_str" : "1909922638912445754",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909922638912445754",
      "created_at" : "Wed Apr 09 10:53:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the Amtrak station on a clear morning. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909763604137778473"
          ],
          "editableUntil" : "2025-04-09T01:21:39.575Z",
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
              "88",
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
      "id_str" : "1909763604137778473",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1909763604137778473",
      "created_at" : "Wed Apr 09 00:21:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the 21. What do you think? #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909738068229097958"
          ],
          "editableUntil" : "2025-04-08T23:40:11.340Z",
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
      "id_str" : "1909738068229097958",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909738068229097958",
      "created_at" : "Tue Apr 08 22:40:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: More people are riding: 45,785 trips on Monday alone. It is in the schedule. Let us circle back once we have more band…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909698764582366197"
          ],
          "editableUntil" : "2025-04-08T21:04:00.620Z",
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
      "id_str" : "1909698764582366197",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909698764582366197",
      "created_at" : "Tue Apr 08 20:04:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Personal property items recovered from revenue vehicles may be retrieved at the Northside Transfer Center customer service…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909655192430143410"
          ],
          "editableUntil" : "2025-04-08T18:10:52.210Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "accessibility",
            "indices" : [
              "254",
              "268"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Kowalski",
            "screen_name" : "dalerides",
            "indices" : [
              "222",
              "232"
            ],
            "id_str" : "3389068681906623488",
            "id" : "3389068681906623488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "271"
      ],
      "favorite_count" : "0",
      "id_str" : "1909655192430143410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909655192430143410",
      "created_at" : "Tue Apr 08 17:10:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. We're trying something new: a karaoke bus for graduation weekend. Tell us what you think! Not my area of expertise, so I asked @dalerides. Answer coming soon. #accessibility ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909608633285061659"
          ],
          "editableUntil" : "2025-04-08T15:05:51.644Z",
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
        "157"
      ],
      "favorite_count" : "4",
      "id_str" : "1909608633285061659",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1909608633285061659",
      "created_at" : "Tue Apr 08 14:05:51 +0000 2025",
      "favorited" : false,
      "full_text" : "The county fair is this Friday at Riverton Community College. Looks like fun. Going live from the county fair at 3:55 pm, bring your questions! Make sense? 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909440788712212017"
          ],
          "editableUntil" : "2025-04-08T03:58:54.380Z",
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
        "187"
      ],
      "favorite_count" : "4",
      "id_str" : "1909440788712212017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909440788712212017",
      "created_at" : "Tue Apr 08 02:58:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Raymond has driven Route 41 for 7 years and still knows every regular by name. You all asked, so here's a thread on the new bike racks. Fun fact: Route 41 is the busiest route on Mondays!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909419781305346795"
          ],
          "editableUntil" : "2025-04-08T02:35:25.824Z",
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
      "id_str" : "1909419781305346795",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909419781305346795",
      "created_at" : "Tue Apr 08 01:35:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: The City of Riverton has announced the schedule for the Fourth of July fireworks, which will take place at City Hall. Updat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909283266979787912"
          ],
          "editableUntil" : "2025-04-07T17:32:58.272Z",
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
            "name" : "Mrprof",
            "screen_name" : "mrprof",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "26464115460947420",
            "id" : "26464115460947420"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1909282491632404592",
      "id_str" : "1909283266979787912",
      "in_reply_to_user_id" : "26464115460947420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909283266979787912",
      "in_reply_to_status_id" : "1909282491632404592",
      "created_at" : "Mon Apr 07 16:32:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrprof Hey! Yes, students ride free all summer with a school ID, Route 22 included.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrprof",
      "in_reply_to_user_id_str" : "26464115460947420"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909212425555605009"
          ],
          "editableUntil" : "2025-04-07T12:51:28.361Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "123",
              "132"
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
      "id_str" : "1909212425555605009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909212425555605009",
      "created_at" : "Mon Apr 07 11:51:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 60 people at the fairgrounds for the River Hawks home opener. Riverton, you showed up! Have a great weekend, everyone! #RideRRTA 🚦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909202394717802033"
          ],
          "editableUntil" : "2025-04-07T12:11:36.822Z",
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
            "url" : "https://t.co/kld9fruC0T",
            "expanded_url" : "https://x.com/epetrova/status/1908919071399699313",
            "display_url" : "x.com/epetrova/status/190…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "7",
      "id_str" : "1909202394717802033",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909202394717802033",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 07 11:11:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Nothing beats the view of the river from the VA clinic on a clear morning. 🥳👏 https://t.co/kld9fruC0T",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908929162196365364"
          ],
          "editableUntil" : "2025-04-06T18:05:53.113Z",
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
            "name" : "Tjnorthside",
            "screen_name" : "tjnorthside",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "53373798680342330",
            "id" : "53373798680342330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "34",
      "in_reply_to_status_id_str" : "1908927855088069745",
      "id_str" : "1908929162196365364",
      "in_reply_to_user_id" : "53373798680342330",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908929162196365364",
      "in_reply_to_status_id" : "1908927855088069745",
      "created_at" : "Sun Apr 06 17:05:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjnorthside Hey! Yes, the 10 runs until about 11 pm on weekdays. We're working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjnorthside",
      "in_reply_to_user_id_str" : "53373798680342330"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908577706472430926"
          ],
          "editableUntil" : "2025-04-05T18:49:19.539Z",
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
            "name" : "Dad The Real26",
            "screen_name" : "dad_the_real26",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "36837305069476885",
            "id" : "36837305069476885"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1908577146733173694",
      "id_str" : "1908577706472430926",
      "in_reply_to_user_id" : "36837305069476885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908577706472430926",
      "in_reply_to_status_id" : "1908577146733173694",
      "created_at" : "Sat Apr 05 17:49:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@dad_the_real26 Hey! Sorry to hear about the trouble today. Thanks for flagging. Crews are on the way. Use the River Rd ramp for now. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dad_the_real26",
      "in_reply_to_user_id_str" : "36837305069476885"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908273296119548692"
          ],
          "editableUntil" : "2025-04-04T22:39:42.455Z",
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
              "91",
              "99"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1908273296119548692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908273296119548692",
      "created_at" : "Fri Apr 04 21:39:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 210 people at Northside Mall for the River Hawks home opener. Riverton, you showed up! #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908108053627356159"
          ],
          "editableUntil" : "2025-04-04T11:43:05.575Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1908108053627356159",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1908108053627356159",
      "created_at" : "Fri Apr 04 10:43:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: The river looks sunlit today. Found on the Green Line: a kid's stuffed bunny. Claim it at University Station lost and found.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1907931885506997553",
          "editControlInitial" : {
            "editTweetIds" : [
              "1907931885506997553",
              "1907937581811384255"
            ],
            "editableUntil" : "2025-04-04T00:03:03.822Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1907937581811384255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907937581811384255",
      "created_at" : "Thu Apr 03 23:25:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Memorial Park on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907931885506997553",
            "1907937581811384255"
          ],
          "editableUntil" : "2025-04-04T00:03:03.822Z",
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
        "74"
      ],
      "favorite_count" : "6",
      "id_str" : "1907931885506997553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907931885506997553",
      "created_at" : "Thu Apr 03 23:03:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the rievr from Memorial Park on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907865811332742208"
          ],
          "editableUntil" : "2025-04-03T19:40:30.511Z",
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
            "url" : "https://t.co/wOgQfIE2iV",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "205",
              "228"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "1",
      "id_str" : "1907865811332742208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907865811332742208",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 03 18:40:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Tiny victory of the day: the Riverside Dr &amp; Ogden Ave shelter finally has its bench back. Paratransit trips for Tuesday can be booked until 3:55 today. Call or use the app. You all are the best. https://t.co/wOgQfIE2iV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907753123254643236"
          ],
          "editableUntil" : "2025-04-03T12:12:43.579Z",
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
        "58"
      ],
      "favorite_count" : "11",
      "id_str" : "1907753123254643236",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907753123254643236",
      "created_at" : "Thu Apr 03 11:12:43 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 10,826 trips on Wednesday alone. 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907559532830927584"
          ],
          "editableUntil" : "2025-04-02T23:23:28.026Z",
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
            "name" : "Rivertoneastgat",
            "screen_name" : "rivertoneastgat",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "7864517693244110",
            "id" : "7864517693244110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1907558627410213126",
      "id_str" : "1907559532830927584",
      "in_reply_to_user_id" : "7864517693244110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907559532830927584",
      "in_reply_to_status_id" : "1907558627410213126",
      "created_at" : "Wed Apr 02 22:23:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertoneastgat Hey! Yes! Fare capping works with phone pay too, on Route 61 and every other route. Thanks for your kind words! 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertoneastgat",
      "in_reply_to_user_id_str" : "7864517693244110"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907558404705437126"
          ],
          "editableUntil" : "2025-04-02T23:18:59.060Z",
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
        "196"
      ],
      "favorite_count" : "4",
      "id_str" : "1907558404705437126",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907558404705437126",
      "created_at" : "Wed Apr 02 22:18:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Parkside. Earlier I said the 37 skips Mill St. I was wrong: only the Mill St &amp; Oak Ave stop is closed. Questions? Just ask! 😄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907554830068088619"
          ],
          "editableUntil" : "2025-04-02T23:04:46.800Z",
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
        "87"
      ],
      "favorite_count" : "6",
      "id_str" : "1907554830068088619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907554830068088619",
      "created_at" : "Wed Apr 02 22:04:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 30,204 people at Lakeside Plaza for the Riverton Marathon. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907011204244609958"
          ],
          "editableUntil" : "2025-04-01T11:04:36.303Z",
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
            "name" : "Sammike1974",
            "screen_name" : "sammike1974",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "48874467892534043",
            "id" : "48874467892534043"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1907009573363151474",
      "id_str" : "1907011204244609958",
      "in_reply_to_user_id" : "48874467892534043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907011204244609958",
      "in_reply_to_status_id" : "1907009573363151474",
      "created_at" : "Tue Apr 01 10:04:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@sammike1974 Hey! This is so nice to hear. We'll make sure Deb sees it. Enjoy the ride! Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sammike1974",
      "in_reply_to_user_id_str" : "48874467892534043"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906770383717553647"
          ],
          "editableUntil" : "2025-03-31T19:07:40.215Z",
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
            "name" : "Profriverton199",
            "screen_name" : "profriverton199",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "24583102527674353",
            "id" : "24583102527674353"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1906768172163881729",
      "id_str" : "1906770383717553647",
      "in_reply_to_user_id" : "24583102527674353",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906770383717553647",
      "in_reply_to_status_id" : "1906768172163881729",
      "created_at" : "Mon Mar 31 18:07:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@profriverton199 Hey there! Buses run until about an hour after the River Days festival ends!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profriverton199",
      "in_reply_to_user_id_str" : "24583102527674353"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906695028201304708"
          ],
          "editableUntil" : "2025-03-31T14:08:14.060Z",
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
              "86",
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
      "id_str" : "1906695028201304708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906695028201304708",
      "created_at" : "Mon Mar 31 13:08:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Wednesday can be booked until 11:00 today. Call or use the app. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906321591294753390"
          ],
          "editableUntil" : "2025-03-30T13:24:19.764Z",
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
        "155"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1906320921804045337",
      "id_str" : "1906321591294753390",
      "in_reply_to_user_id" : "9741140659784921",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906321591294753390",
      "in_reply_to_status_id" : "1906320921804045337",
      "created_at" : "Sun Mar 30 12:24:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@katnight Hey! We apoloigze for the inconvenience. Thanks! We'll pull bus 2097 for an AC check when it gets back to the garage. Thanks for your kind words!",
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
            "1905805455848458238"
          ],
          "editableUntil" : "2025-03-29T03:13:23.484Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "138",
              "154"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "155",
              "163"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "32",
      "id_str" : "1905805455848458238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905805455848458238",
      "created_at" : "Sat Mar 29 02:13:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the Airport Flyer. We could not do this without our operators and mechanics. #RivertonTransit #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1905773119334947619",
          "editControlInitial" : {
            "editTweetIds" : [
              "1905773119334947619",
              "1905782508753950443"
            ],
            "editableUntil" : "2025-03-29T01:04:53.858Z",
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
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "1905782508753950443",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905782508753950443",
      "created_at" : "Sat Mar 29 00:42:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the St. Patrick's parade? Route 7 runs every 30 minutes until midnight on Wednesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905773119334947619",
            "1905782508753950443"
          ],
          "editableUntil" : "2025-03-29T01:04:53.858Z",
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
        "93"
      ],
      "favorite_count" : "19",
      "id_str" : "1905773119334947619",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1905773119334947619",
      "created_at" : "Sat Mar 29 00:04:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the St. Patrick's parade? Route 7 runs every 30 mniutes until midnight on Wednesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905655748440447529"
          ],
          "editableUntil" : "2025-03-28T17:18:30.456Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "164",
              "173"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "174",
              "182"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "7",
      "id_str" : "1905655748440447529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905655748440447529",
      "created_at" : "Fri Mar 28 16:18:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a library books on bus 2393? It's waiting for you at Central Station. Found on Route 61: a library books. Claim it at Central Station lost and found. #RideRRTA #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905415227902971418"
          ],
          "editableUntil" : "2025-03-28T01:22:45.892Z",
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
        "140"
      ],
      "favorite_count" : "10",
      "id_str" : "1905415227902971418",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905415227902971418",
      "created_at" : "Fri Mar 28 00:22:45 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dragon Boat races is Wednesday. Buses will drop off at Tower Rd &amp; Maple St, two blcoks from the entrance. Appreciate every one of you. 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905383668503200335"
          ],
          "editableUntil" : "2025-03-27T23:17:21.544Z",
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
            "name" : "The Real Kat196",
            "screen_name" : "the_real_kat196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "29155773441955312",
            "id" : "29155773441955312"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QQnue2EF3t",
            "expanded_url" : "https://www.rrta.example/schedules/march-11",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1905382443801696601",
      "id_str" : "1905383668503200335",
      "in_reply_to_user_id" : "29155773441955312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905383668503200335",
      "in_reply_to_status_id" : "1905382443801696601",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 27 22:17:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_kat196 Sorry to hear about the trouble today. You can sign up for paratransit at https://t.co/QQnue2EF3t or call 555-0177. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_kat196",
      "in_reply_to_user_id_str" : "29155773441955312"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905306536290167640"
          ],
          "editableUntil" : "2025-03-27T18:10:51.792Z",
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
            "name" : "Maria Hey1999",
            "screen_name" : "maria_hey1999",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "22459858943884308",
            "id" : "22459858943884308"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7x5rflfsrM",
            "expanded_url" : "https://www.rrta.example/maps/route-6",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1905305168334863366",
      "id_str" : "1905306536290167640",
      "in_reply_to_user_id" : "22459858943884308",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1905306536290167640",
      "in_reply_to_status_id" : "1905305168334863366",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 27 17:10:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_hey1999 Hi! Ugh, sorry to hear that. The app can lag when buses lose GPS near Division St. We have told our tech team. My bad, that link was broken. Here is the right one: https://t.co/7x5rflfsrM Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_hey1999",
      "in_reply_to_user_id_str" : "22459858943884308"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905234861225050062"
          ],
          "editableUntil" : "2025-03-27T13:26:03.125Z",
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
        "82"
      ],
      "favorite_count" : "20",
      "id_str" : "1905234861225050062",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905234861225050062",
      "created_at" : "Thu Mar 27 12:26:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Ms. Pat on Route 17 just hit 20 years with zero crashes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904946777852216783"
          ],
          "editableUntil" : "2025-03-26T18:21:18.696Z",
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
        "180"
      ],
      "favorite_count" : "9",
      "id_str" : "1904946777852216783",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904946777852216783",
      "created_at" : "Wed Mar 26 17:21:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Raymond on Route 34 just hit 16 years with zero crashes. Earlier I said Route 34 skips Canal St. I was wrong: only the Canal St &amp; State St stop is closed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904913230739130412"
          ],
          "editableUntil" : "2025-03-26T16:08:00.441Z",
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
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1904913230739130412",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904913230739130412",
      "created_at" : "Wed Mar 26 15:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on Route 8: a scarf. Claim it at Northside Transfer Center lost and found. 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904892452318773253"
          ],
          "editableUntil" : "2025-03-26T14:45:26.480Z",
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
            "name" : "Oldmillsam69",
            "screen_name" : "oldmillsam69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "64166948198210103",
            "id" : "64166948198210103"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/8er2SPxVey",
            "expanded_url" : "https://www.rrta.example/schedules/march-23",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1904890790270158384",
      "id_str" : "1904892452318773253",
      "in_reply_to_user_id" : "64166948198210103",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1904892452318773253",
      "in_reply_to_status_id" : "1904890790270158384",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 26 13:45:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmillsam69 Hey! We apologize for the inconvenience. You can sign up for paratransit at https://t.co/8er2SPxVey or call 555-0177.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmillsam69",
      "in_reply_to_user_id_str" : "64166948198210103"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904784252423460718"
          ],
          "editableUntil" : "2025-03-26T07:35:29.614Z",
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
            "name" : "Skater Oldmill",
            "screen_name" : "skater_oldmill",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "14951339803272996",
            "id" : "14951339803272996"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1904783720280953295",
      "id_str" : "1904784252423460718",
      "in_reply_to_user_id" : "14951339803272996",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904784252423460718",
      "in_reply_to_status_id" : "1904783720280953295",
      "created_at" : "Wed Mar 26 06:35:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_oldmill Thanks for reaching out. Yes, students ride free all summer with a school ID, Route 25 included. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_oldmill",
      "in_reply_to_user_id_str" : "14951339803272996"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904668247014071027"
          ],
          "editableUntil" : "2025-03-25T23:54:31.769Z",
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
            "name" : "Just Prof1966",
            "screen_name" : "just_prof1966",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "33988001534240181",
            "id" : "33988001534240181"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1904665000651678605",
      "id_str" : "1904668247014071027",
      "in_reply_to_user_id" : "33988001534240181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904668247014071027",
      "in_reply_to_status_id" : "1904665000651678605",
      "created_at" : "Tue Mar 25 22:54:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_prof1966 That is not OK. We have pulled bus 2169 to fix the ramp today. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_prof1966",
      "in_reply_to_user_id_str" : "33988001534240181"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904587222307520580"
          ],
          "editableUntil" : "2025-03-25T18:32:33.974Z",
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
            "name" : "Tjgrandpa80",
            "screen_name" : "tjgrandpa80",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "66828942711756466",
            "id" : "66828942711756466"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1904586050093956817",
      "id_str" : "1904587222307520580",
      "in_reply_to_user_id" : "66828942711756466",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904587222307520580",
      "in_reply_to_status_id" : "1904586050093956817",
      "created_at" : "Tue Mar 25 17:32:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjgrandpa80 Hey! Thanks! We'll pull bus 1324 for an AC cehck when it gets back to the garage. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjgrandpa80",
      "in_reply_to_user_id_str" : "66828942711756466"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904523299443098622"
          ],
          "editableUntil" : "2025-03-25T14:18:33.576Z",
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
        "146"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1904523027589545194",
      "id_str" : "1904523299443098622",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904523299443098622",
      "in_reply_to_status_id" : "1904523027589545194",
      "created_at" : "Tue Mar 25 13:18:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Personal property items recovered from revenue vehicles may be retrieved at the Southport Station customer service location during business hours!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904523027589545194"
          ],
          "editableUntil" : "2025-03-25T14:17:28.761Z",
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
      "favorite_count" : "12",
      "id_str" : "1904523027589545194",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1904523027589545194",
      "created_at" : "Tue Mar 25 13:17:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Riverton is beautiful today. Perfect day for a walk along the river in Westgate. Buses get our residents to jobs, school and the doctor. Appreciate eevry one of you. #RiverDays 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904498059180283028"
          ],
          "editableUntil" : "2025-03-25T12:38:15.828Z",
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
        "urls" : [
          {
            "url" : "https://t.co/6YZOzUpImM",
            "expanded_url" : "https://www.rrta.example/meetings/bus-stop-audit-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1904496945800863841",
      "id_str" : "1904498059180283028",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904498059180283028",
      "in_reply_to_status_id" : "1904496945800863841",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 25 11:38:15 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Reminder: We want your ideas for the bus stop audit. Take the 5-minute survey: https://t.co/6YZOzUpImM Appreciate every one of you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904496945800863841"
          ],
          "editableUntil" : "2025-03-25T12:33:50.378Z",
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
        "142"
      ],
      "favorite_count" : "1",
      "id_str" : "1904496945800863841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904496945800863841",
      "created_at" : "Tue Mar 25 11:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Saw 317 people at Riverton Library for the air show. Riverton, you showed up! Share this with anyone who rides Route 2! 🚍 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1904339473947272681",
          "editControlInitial" : {
            "editTweetIds" : [
              "1904339473947272681",
              "1904346625758922404"
            ],
            "editableUntil" : "2025-03-25T02:08:06.162Z",
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
        "165"
      ],
      "favorite_count" : "1",
      "id_str" : "1904346625758922404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904346625758922404",
      "created_at" : "Tue Mar 25 01:36:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Southport: more trips on the 10 starting March 30. Stay cool out there! This is why transit matters: kids get to summer school for free. Sound good? 😊👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904339473947272681",
            "1904346625758922404"
          ],
          "editableUntil" : "2025-03-25T02:08:06.162Z",
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
        "165"
      ],
      "favorite_count" : "19",
      "id_str" : "1904339473947272681",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1904339473947272681",
      "created_at" : "Tue Mar 25 01:08:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Southport: more trips on the 10 starting March 30. Stay cool out there! This is why transit matters: kids get to summer scohol for free. Sound good? 😊👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904319732448054577"
          ],
          "editableUntil" : "2025-03-25T00:49:39.422Z",
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
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "119",
              "130"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "265"
      ],
      "favorite_count" : "1",
      "id_str" : "1904319732448054577",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1904319732448054577",
      "created_at" : "Mon Mar 24 23:49:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Northside. Not my area of expertise, so I asked @aishabello. Answer coming soon. Proud to serve Riverton riders every day. This aligns with our strategic priorities and stakeholder expectations!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904310772934236514"
          ],
          "editableUntil" : "2025-03-25T00:14:03.307Z",
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
            "url" : "https://t.co/rIGUfdKGAc",
            "expanded_url" : "https://x.com/epetrova/status/1904163708797057282",
            "display_url" : "x.com/epetrova/status/190…",
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
      "favorite_count" : "7",
      "id_str" : "1904310772934236514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904310772934236514",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 24 23:14:03 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 the Crosstown Connector is running about 12 minutes late because of a crash on the bridge. Buses get our residents to jobs, school and the doctor! https://t.co/rIGUfdKGAc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904276989208274108"
          ],
          "editableUntil" : "2025-03-24T21:59:48.639Z",
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
            "name" : "Grandpa Mike",
            "screen_name" : "grandpa_mike",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "66027779340255461",
            "id" : "66027779340255461"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1904276520164762139",
      "id_str" : "1904276989208274108",
      "in_reply_to_user_id" : "66027779340255461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904276989208274108",
      "in_reply_to_status_id" : "1904276520164762139",
      "created_at" : "Mon Mar 24 20:59:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_mike Hey! Yes, the 12 runs until about 11 pm on weekdays. Thanks for riding with us!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_mike",
      "in_reply_to_user_id_str" : "66027779340255461"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904257738721899599"
          ],
          "editableUntil" : "2025-03-24T20:43:18.966Z",
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
        "101"
      ],
      "favorite_count" : "16",
      "id_str" : "1904257738721899599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904257738721899599",
      "created_at" : "Mon Mar 24 19:43:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Route 24 carried 119 rides last week, up 21% from last year. You all are the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904238531477579942"
          ],
          "editableUntil" : "2025-03-24T19:26:59.602Z",
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
              "133",
              "139"
            ],
            "id_str" : "931042095",
            "id" : "931042095"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gmAe7XGF8K",
            "expanded_url" : "https://x.com/nadiahaddad_rrt/status/1903894618393071674",
            "display_url" : "x.com/nadiahaddad_rrt/sta…",
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
      "favorite_count" : "0",
      "id_str" : "1904238531477579942",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904238531477579942",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 24 18:26:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Route 15 carried 39,636 rides last week, up 17% from last year. More people are riding: 39,636 trips on Monday alone. H/t @mhill for the heads up. 👏 https://t.co/gmAe7XGF8K",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903971401349863457"
          ],
          "editableUntil" : "2025-03-24T01:45:30.816Z",
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
            "name" : "Momnight2007",
            "screen_name" : "momnight2007",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "69299098702743127",
            "id" : "69299098702743127"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1903966345397842178",
      "id_str" : "1903971401349863457",
      "in_reply_to_user_id" : "69299098702743127",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903971401349863457",
      "in_reply_to_status_id" : "1903966345397842178",
      "created_at" : "Mon Mar 24 00:45:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@momnight2007 Hi there! Thanks, we've sent a crew to Riverton Library. I can tell you with certainty that Route 25 is on schedule. ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "momnight2007",
      "in_reply_to_user_id_str" : "69299098702743127"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1903939244198797707",
          "editControlInitial" : {
            "editTweetIds" : [
              "1903939244198797707",
              "1903943287915202591"
            ],
            "editableUntil" : "2025-03-23T23:37:43.954Z",
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
        "113"
      ],
      "favorite_count" : "13",
      "id_str" : "1903943287915202591",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903943287915202591",
      "created_at" : "Sun Mar 23 22:53:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the thunderstorm. Warming buses are parked at Northside Transfer Center and Eastgate Transit Center.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903939244198797707",
            "1903943287915202591"
          ],
          "editableUntil" : "2025-03-23T23:37:43.954Z",
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
        "113"
      ],
      "favorite_count" : "8",
      "id_str" : "1903939244198797707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903939244198797707",
      "created_at" : "Sun Mar 23 22:37:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the thunderstorm. Warming buses are pakred at Northside Transfer Center and Eastgate Transit Center.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903776745226875554"
          ],
          "editableUntil" : "2025-03-23T12:52:01.180Z",
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
            "name" : "Northsidenurse",
            "screen_name" : "northsidenurse",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "44732769441984195",
            "id" : "44732769441984195"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ESrxEMz3gb",
            "expanded_url" : "https://www.rrta.example/maps/route-24",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1903772183701630137",
      "id_str" : "1903776745226875554",
      "in_reply_to_user_id" : "44732769441984195",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903776745226875554",
      "in_reply_to_status_id" : "1903772183701630137",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 23 11:52:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidenurse Hey! We are sorry this happened. You can sign up for paratransit at https://t.co/ESrxEMz3gb or call 555-0177. Our team is on it. Hope that helps! ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidenurse",
      "in_reply_to_user_id_str" : "44732769441984195"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903774815289947318"
          ],
          "editableUntil" : "2025-03-23T12:44:21.047Z",
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
            "name" : "Skater Riverben",
            "screen_name" : "skater_riverben",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "4131492363260946",
            "id" : "4131492363260946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1903773829871511347",
      "id_str" : "1903774815289947318",
      "in_reply_to_user_id" : "4131492363260946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903774815289947318",
      "in_reply_to_status_id" : "1903773829871511347",
      "created_at" : "Sun Mar 23 11:44:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_riverben Hey! Yes, students ride free all summer with a school ID, Route 1 included. We are working on it together with operations. Hope that helps! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_riverben",
      "in_reply_to_user_id_str" : "4131492363260946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903767859537711716"
          ],
          "editableUntil" : "2025-03-23T12:16:42.667Z",
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
            "name" : "Busridernorthsi",
            "screen_name" : "busridernorthsi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "70226623900621231",
            "id" : "70226623900621231"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1903766685556753124",
      "id_str" : "1903767859537711716",
      "in_reply_to_user_id" : "70226623900621231",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903767859537711716",
      "in_reply_to_status_id" : "1903766685556753124",
      "created_at" : "Sun Mar 23 11:16:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@busridernorthsi Thanks for reaching out. Sorry to hear that. The app can lag when buses lose GPS near Canal St. We have told our tech team. Follow us for live updates on the 20.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busridernorthsi",
      "in_reply_to_user_id_str" : "70226623900621231"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903764639314316927"
          ],
          "editableUntil" : "2025-03-23T12:03:54.906Z",
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
      "favorite_count" : "1",
      "id_str" : "1903764639314316927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903764639314316927",
      "created_at" : "Sun Mar 23 11:03:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Story time: Mr. Stan on the 37 stopped to help a kid find his mom at the fairgrounds, then waved the whole bus goodbye. New curb ramp at Maple St &amp; Lincoln Blvd is done, so boarding with a wheelchair or stroller is easier. Our riders deserve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903209754681140666"
          ],
          "editableUntil" : "2025-03-21T23:19:00.100Z",
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
              "162",
              "177"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/9eiwGJDfxf",
            "expanded_url" : "https://www.rrta.example/alerts/march-20-route-61",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "0",
      "id_str" : "1903209754681140666",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1903209754681140666",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 21 22:19:00 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start April 4. The Green Line will come every 25 minutes on weekdays. Proud to serve Riverton riders every day. Sound good? https://t.co/9eiwGJDfxf #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903208673454411831"
          ],
          "editableUntil" : "2025-03-21T23:14:42.315Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Riverton",
            "indices" : [
              "219",
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
        "230"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1903207927970354254",
      "id_str" : "1903208673454411831",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903208673454411831",
      "in_reply_to_status_id" : "1903207927970354254",
      "created_at" : "Fri Mar 21 22:14:42 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Reminder: the tranist signal priority project is moving. This week the paint is finally dry. The information in our the 3 post was accurate as published. Proud of our team for getting the 3 back on schedule so fast. #Riverton 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903207927970354254"
          ],
          "editableUntil" : "2025-03-21T23:11:44.578Z",
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
        "81"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1903207420143737027",
      "id_str" : "1903207927970354254",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903207927970354254",
      "in_reply_to_status_id" : "1903207420143737027",
      "created_at" : "Fri Mar 21 22:11:44 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Waiting at Willow Rd &amp; Kingsley Ave for Route 24? It's about 10 minutes out. 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903207420143737027"
          ],
          "editableUntil" : "2025-03-21T23:09:43.503Z",
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
              "156",
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
        "171"
      ],
      "favorite_count" : "17",
      "id_str" : "1903207420143737027",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1903207420143737027",
      "created_at" : "Fri Mar 21 22:09:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Did you leave a library books on bus 1928? It is waiting for you at Southport Station. Fun fact: our oldest bus is older than two of our interns! #RiverDays 🗺️ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902829532672594759"
          ],
          "editableUntil" : "2025-03-20T22:08:08.109Z",
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
            "name" : "Coffee Mike1998",
            "screen_name" : "coffee_mike1998",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "19096688389775540",
            "id" : "19096688389775540"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1902828918641873764",
      "id_str" : "1902829532672594759",
      "in_reply_to_user_id" : "19096688389775540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902829532672594759",
      "in_reply_to_status_id" : "1902828918641873764",
      "created_at" : "Thu Mar 20 21:08:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_mike1998 Hey! We're sorry this happened. Route 16 is running about 12 minutes behind because of fog on the river road. It should reach Summit Ave &amp; Bluff St around 11:45 am.",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_mike1998",
      "in_reply_to_user_id_str" : "19096688389775540"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902827057642353484"
          ],
          "editableUntil" : "2025-03-20T21:58:18.016Z",
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
            "name" : "Zdad",
            "screen_name" : "zdad",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "56351533584147690",
            "id" : "56351533584147690"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1902824827551325434",
      "id_str" : "1902827057642353484",
      "in_reply_to_user_id" : "56351533584147690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902827057642353484",
      "in_reply_to_status_id" : "1902824827551325434",
      "created_at" : "Thu Mar 20 20:58:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@zdad Hey! We're sorry this happened. The 7:55 trip is our busiest. We've asked planning to add a bus. We're testing bike share passes with monthly cards soon, so your feedback really helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zdad",
      "in_reply_to_user_id_str" : "56351533584147690"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902711636396469678"
          ],
          "editableUntil" : "2025-03-20T14:19:39.446Z",
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
      "id_str" : "1902711636396469678",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1902711636396469678",
      "created_at" : "Thu Mar 20 13:19:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Reminder: A stubbron evening on Route 10, as promised. Route 10 gets later evening trips starting March 24. Last bus l…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902508311097594579"
          ],
          "editableUntil" : "2025-03-20T00:51:42.917Z",
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
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "1902508311097594579",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1902508311097594579",
      "created_at" : "Wed Mar 19 23:51:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Stay safe in the ice storm. Warming buses are parked at Eastgate Transit Center and the ballpark.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902074482384168929"
          ],
          "editableUntil" : "2025-03-18T20:07:50.092Z",
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
              "95",
              "103"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "104",
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
      "favorite_count" : "24",
      "id_str" : "1902074482384168929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902074482384168929",
      "created_at" : "Tue Mar 18 19:07:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on Route 4: a wallet. Claim it at Southport Station lost and found. Stay cool out there! #transit #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901970587580621352"
          ],
          "editableUntil" : "2025-03-18T13:14:59.640Z",
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
      "favorite_count" : "5",
      "id_str" : "1901970587580621352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901970587580621352",
      "created_at" : "Tue Mar 18 12:14:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: The river looks whimsical today. The Green Line cannot get down Washington Ave today (tree trimming), so it is using Wabash…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901957969540141711"
          ],
          "editableUntil" : "2025-03-18T12:24:51.265Z",
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
              "97",
              "105"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "106",
              "115"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "1901957969540141711",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1901957969540141711",
      "created_at" : "Tue Mar 18 11:24:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Going to the Juneteenth parade? The 7X runs every 20 minutes until midnight on Friday. #busstop #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901645259733760914"
          ],
          "editableUntil" : "2025-03-17T15:42:15.437Z",
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
      "id_str" : "1901645259733760914",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901645259733760914",
      "created_at" : "Mon Mar 17 14:42:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the Farmers Market on a clear morning. Saw 42,465 people at the Farmers Market for the jazz festival. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901620280249887439"
          ],
          "editableUntil" : "2025-03-17T14:02:59.864Z",
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
        "115"
      ],
      "favorite_count" : "4",
      "id_str" : "1901620280249887439",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901620280249887439",
      "created_at" : "Mon Mar 17 13:02:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to Pride in the Park? The 33 runs every 40 minutes until midnight on Tuesday. Any questions, just reply here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901401887403125825"
          ],
          "editableUntil" : "2025-03-16T23:35:10.952Z",
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
      "favorite_count" : "14",
      "id_str" : "1901401887403125825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901401887403125825",
      "created_at" : "Sun Mar 16 22:35:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900735927097542584"
          ],
          "editableUntil" : "2025-03-15T03:28:53.642Z",
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
              "217",
              "231"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "232",
              "241"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/FutRYglyLo",
            "expanded_url" : "https://www.rrta.example/news/river-days-festival",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "244"
      ],
      "favorite_count" : "19",
      "id_str" : "1900735927097542584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900735927097542584",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 15 02:28:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: We want your ideas for the student pass program. Take the 5-minute survey: https://t.co/FutRYglyLo I stand corrected: a rider pointed out the Washington Ave &amp; Riverside Dr stop moved to Water St. Thank you! #accessibility #RideRRTA 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900628205629246580"
          ],
          "editableUntil" : "2025-03-14T20:20:50.843Z",
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
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "1900628205629246580",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1900628205629246580",
      "created_at" : "Fri Mar 14 19:20:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the food truck rally. We must uti…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900522973402493072"
          ],
          "editableUntil" : "2025-03-14T13:22:41.525Z",
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
        "urls" : [
          {
            "url" : "https://t.co/yPDkrIyit5",
            "expanded_url" : "https://www.rrta.example/detours/route-37",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1900522783026739904",
      "id_str" : "1900522973402493072",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900522973402493072",
      "in_reply_to_status_id" : "1900522783026739904",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 14 12:22:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Update on the Night Owl expansion: the paint is finally dry. https://t.co/yPDkrIyit5",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900522783026739904"
          ],
          "editableUntil" : "2025-03-14T13:21:56.136Z",
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
        "209"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1900521879441155451",
      "id_str" : "1900522783026739904",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900522783026739904",
      "in_reply_to_status_id" : "1900521879441155451",
      "created_at" : "Fri Mar 14 12:21:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The jazz festival is Monday. Buses will drop off at University Ave &amp; Union St, two blocks from the entrance. Our riders deserve reliable service. This requires a holistic, multimodal interoperability paradigm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900521879441155451"
          ],
          "editableUntil" : "2025-03-14T13:18:20.704Z",
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
        "144"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1900521665836751090",
      "id_str" : "1900521879441155451",
      "in_reply_to_user_id" : "8567956104186651648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900521879441155451",
      "in_reply_to_status_id" : "1900521665836751090",
      "created_at" : "Fri Mar 14 12:18:20 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Reminder: the chili cook-off is this Wednesday at the ballpark. Looks like fun. Our riders deserve reliable service. Anyone else seeing this?",
      "lang" : "en",
      "in_reply_to_screen_name" : "jordan_reyes",
      "in_reply_to_user_id_str" : "8567956104186651648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900521665836751090"
          ],
          "editableUntil" : "2025-03-14T13:17:29.777Z",
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
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "158",
              "170"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "1",
      "id_str" : "1900521665836751090",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900521665836751090",
      "created_at" : "Fri Mar 14 12:17:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Buses on Route 14 are about 30 min behind right now (a medical call on board). Thanks for your patience. Share this with anyone who rides Route 14! Teamwork: @victor_lang and our ops crew sorted out the Route 14 detour in an hour! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900007927666374260"
          ],
          "editableUntil" : "2025-03-13T03:16:05.052Z",
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
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1900007927666374260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900007927666374260",
      "created_at" : "Thu Mar 13 02:16:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: The forthcoming service modification package will recalibrate the 61 frequencies to reflect evolving ridership utilization pa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899938368199428105"
          ],
          "editableUntil" : "2025-03-12T22:39:40.783Z",
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
      "favorite_count" : "22",
      "id_str" : "1899938368199428105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899938368199428105",
      "created_at" : "Wed Mar 12 21:39:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Memorial Park shelter today: \"thank you for the bench.\" It made our week. Note to self: Quarry Hill at dawn is sprawling. Come tell us what you think about fare capping at Harbor Point on Friday at 2:30 pm. Share this with anyone who rides the 35!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899783607135433045"
          ],
          "editableUntil" : "2025-03-12T12:24:42.870Z",
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
            "name" : "Northsidemom83",
            "screen_name" : "northsidemom83",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "44339451762606976",
            "id" : "44339451762606976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1899782662348469437",
      "id_str" : "1899783607135433045",
      "in_reply_to_user_id" : "44339451762606976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899783607135433045",
      "in_reply_to_status_id" : "1899782662348469437",
      "created_at" : "Wed Mar 12 11:24:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidemom83 Hey! Sorry to hear that. That shouldn't happen at Riverton Community College. Can you send us the time and direction so we can follow up? Safe travels! 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidemom83",
      "in_reply_to_user_id_str" : "44339451762606976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899777168898803751"
          ],
          "editableUntil" : "2025-03-12T11:59:07.875Z",
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
        "215"
      ],
      "favorite_count" : "7",
      "id_str" : "1899777168898803751",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899777168898803751",
      "created_at" : "Wed Mar 12 10:59:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Saw 10,304 people at West High School for the River Hawks home opener. Riverton, you showed up! Stay cool out there! I got the time wrong in my last post. The 40 leaves Harbor Point at 6:10. That is on me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899718094945679927"
          ],
          "editableUntil" : "2025-03-12T08:04:23.547Z",
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
            "name" : "Transitnerdcoff",
            "screen_name" : "transitnerdcoff",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "27714213647188279",
            "id" : "27714213647188279"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1899716309386050698",
      "id_str" : "1899718094945679927",
      "in_reply_to_user_id" : "27714213647188279",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899718094945679927",
      "in_reply_to_status_id" : "1899716309386050698",
      "created_at" : "Wed Mar 12 07:04:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdcoff Hey there! Items found on buses go to Southport Station within a day. Give them a call at 555-0142!",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdcoff",
      "in_reply_to_user_id_str" : "27714213647188279"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899643907264870329"
          ],
          "editableUntil" : "2025-03-12T03:09:35.826Z",
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
              "144",
              "153"
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
      "favorite_count" : "4",
      "id_str" : "1899643907264870329",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1899643907264870329",
      "created_at" : "Wed Mar 12 02:09:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from West High School on a clear morning. Experiment time: a fare-free week in August on the 19 this month. #FareFree 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899586537748114888"
          ],
          "editableUntil" : "2025-03-11T23:21:37.867Z",
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
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1899586537748114888",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1899586537748114888",
      "created_at" : "Tue Mar 11 22:21:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Open house about the Northside network plan on Tuesday, 4:25 at Central Station. Kids welcome. 🚏🚲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899273006474959340"
          ],
          "editableUntil" : "2025-03-11T02:35:46.186Z",
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
              "141",
              "150"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "151",
              "163"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "1",
      "id_str" : "1899273006474959340",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899273006474959340",
      "created_at" : "Tue Mar 11 01:35:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The Juneteenth parade is Wednesday. Buses will drop off at Tower Rd &amp; Dock St, two blocks from the entrance. Have a great weekend, everyone! #FareFree #DetourAlert 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899239795652844938"
          ],
          "editableUntil" : "2025-03-11T00:23:48.109Z",
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
            "name" : "Northside Oldmi",
            "screen_name" : "northside_oldmi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "13730566201173530",
            "id" : "13730566201173530"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1899238861700453850",
      "id_str" : "1899239795652844938",
      "in_reply_to_user_id" : "13730566201173530",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1899239795652844938",
      "in_reply_to_status_id" : "1899238861700453850",
      "created_at" : "Mon Mar 10 23:23:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_oldmi Hey! Yes! Route 31 runs every 6 minutes before and after the summer block party. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_oldmi",
      "in_reply_to_user_id_str" : "13730566201173530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899158824502788918"
          ],
          "editableUntil" : "2025-03-10T19:02:03.083Z",
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
            "url" : "https://t.co/3r0QlbXpr2",
            "expanded_url" : "https://www.rrta.example/detours/route-39",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "8",
      "id_str" : "1899158824502788918",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899158824502788918",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 10 18:02:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Prairie View. https://t.co/3r0QlbXpr2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899052054545200189"
          ],
          "editableUntil" : "2025-03-10T11:57:47.141Z",
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
              "177",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "3",
      "id_str" : "1899052054545200189",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899052054545200189",
      "created_at" : "Mon Mar 10 10:57:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Update on the Night Owl expansion: the app beta has 46,546 testers. I stand corrected: a rider pointed out the West High School stop moved to Victory Pkwy. Thank you! #transit #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898980593720376992"
          ],
          "editableUntil" : "2025-03-10T07:13:49.553Z",
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
            "name" : "Bikegirlmaria51",
            "screen_name" : "bikegirlmaria51",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "38684603962023105",
            "id" : "38684603962023105"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/pt0NycNH3r",
            "expanded_url" : "https://www.rrta.example/alerts/september-5-route-17",
            "display_url" : "www.rrta.example/alerts/s…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1898979554732059265",
      "id_str" : "1898980593720376992",
      "in_reply_to_user_id" : "38684603962023105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898980593720376992",
      "in_reply_to_status_id" : "1898979554732059265",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 10 06:13:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlmaria51 Hey! We're looking at service to Sycamore Flats as part of the paratransit booking app. Tell us more here: https://t.co/pt0NycNH3r Good question. I don't know, but I'm asking our accessibility team now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlmaria51",
      "in_reply_to_user_id_str" : "38684603962023105"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898871724558356257"
          ],
          "editableUntil" : "2025-03-10T00:01:13.122Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "121",
              "130"
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
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "25",
      "id_str" : "1898871724558356257",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1898871724558356257",
      "created_at" : "Sun Mar 09 23:01:13 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Boardings on Route 3 reached 233 for the reporting period, exceeding established performance benchmarks. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898504042608872862"
          ],
          "editableUntil" : "2025-03-08T23:40:10.914Z",
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
            "name" : "Knurse73",
            "screen_name" : "knurse73",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "7373545742508980",
            "id" : "7373545742508980"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1898501428678656285",
      "id_str" : "1898504042608872862",
      "in_reply_to_user_id" : "7373545742508980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898504042608872862",
      "in_reply_to_status_id" : "1898501428678656285",
      "created_at" : "Sat Mar 08 22:40:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@knurse73 The last 29 leaves Central Station at 9:25 am on weekdays. 🚍",
      "lang" : "en",
      "in_reply_to_screen_name" : "knurse73",
      "in_reply_to_user_id_str" : "7373545742508980"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898184325214325888"
          ],
          "editableUntil" : "2025-03-08T02:29:44.347Z",
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
              "120",
              "129"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "130",
              "138"
            ]
          }
        ],
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
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1898184325214325888",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898184325214325888",
      "created_at" : "Sat Mar 08 01:29:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Nothing beats the view of the river from the county courthouse on a clear morning. You all are the best. #FareFree #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898171885394906479"
          ],
          "editableUntil" : "2025-03-08T01:40:18.463Z",
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
            "name" : "Msdee1983",
            "screen_name" : "msdee1983",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6855489134017602",
            "id" : "6855489134017602"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1898170016753960706",
      "id_str" : "1898171885394906479",
      "in_reply_to_user_id" : "6855489134017602",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1898171885394906479",
      "in_reply_to_status_id" : "1898170016753960706",
      "created_at" : "Sat Mar 08 00:40:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@msdee1983 Hey! We apologize for the delay. Check with lost and found at Harbor Point Station. If your laptop bag turns up, they'll hold it for 30 days. Our team is on it. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msdee1983",
      "in_reply_to_user_id_str" : "6855489134017602"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898159519424739750"
          ],
          "editableUntil" : "2025-03-08T00:51:10.186Z",
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
      "favorite_count" : "18",
      "id_str" : "1898159519424739750",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898159519424739750",
      "created_at" : "Fri Mar 07 23:51:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Please be advised: Nothing beats the view of the river from Harbor Point on a clear morning. Please share with your neighbo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898148747258052683"
          ],
          "editableUntil" : "2025-03-08T00:08:21.901Z",
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
            "name" : "Samowl",
            "screen_name" : "samowl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "22974416722018152",
            "id" : "22974416722018152"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1898147408230380136",
      "id_str" : "1898148747258052683",
      "in_reply_to_user_id" : "22974416722018152",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1898148747258052683",
      "in_reply_to_status_id" : "1898147408230380136",
      "created_at" : "Fri Mar 07 23:08:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@samowl Hey! Sorry for the wait. Check with lost and found at University Station. If your wallet turns up, they'll hold it for 30 days. Riders like you make this job worth it. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samowl",
      "in_reply_to_user_id_str" : "22974416722018152"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897981019131438626"
          ],
          "editableUntil" : "2025-03-07T13:01:52.400Z",
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
      "id_str" : "1897981019131438626",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897981019131438626",
      "created_at" : "Fri Mar 07 12:01:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Meet Ms. Pat, who keeps the Green Line running through Cedar Heights every morning. Ms. Pat has driven the Green Line…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897830961099297592"
          ],
          "editableUntil" : "2025-03-07T03:05:35.777Z",
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
            "name" : "Lakesidemike199",
            "screen_name" : "lakesidemike199",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "41156363704627382",
            "id" : "41156363704627382"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1897828930488975417",
      "id_str" : "1897830961099297592",
      "in_reply_to_user_id" : "41156363704627382",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1897830961099297592",
      "in_reply_to_status_id" : "1897828930488975417",
      "created_at" : "Fri Mar 07 02:05:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidemike199 Hello! Take the 18 to Water St &amp; Linden St, it's a sohrt walk from there. Our team is on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidemike199",
      "in_reply_to_user_id_str" : "41156363704627382"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897809995659441887"
          ],
          "editableUntil" : "2025-03-07T01:42:17.226Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RivertonTransit",
            "indices" : [
              "176",
              "192"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "2",
      "id_str" : "1897809995659441887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897809995659441887",
      "created_at" : "Fri Mar 07 00:42:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a phone on bus 1285? It is waiting for you at Harbor Point Station. Proud of our team for getting the 1 back on schedule so fast. Have a great weekend, everyone! #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897809238989128065"
          ],
          "editableUntil" : "2025-03-07T01:39:16.822Z",
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
            "name" : "Mariaoldmill58",
            "screen_name" : "mariaoldmill58",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "26990867763565735",
            "id" : "26990867763565735"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1897805183433101937",
      "id_str" : "1897809238989128065",
      "in_reply_to_user_id" : "26990867763565735",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897809238989128065",
      "in_reply_to_status_id" : "1897805183433101937",
      "created_at" : "Fri Mar 07 00:39:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariaoldmill58 Thanks for reaching out. So sorry to hear about your morning. That's not OK. We've pulled bus 1487 to fix the ramp today. Safe travels! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariaoldmill58",
      "in_reply_to_user_id_str" : "26990867763565735"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897732047630352718"
          ],
          "editableUntil" : "2025-03-06T20:32:32.968Z",
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
            "name" : "Dee Prof1980",
            "screen_name" : "dee_prof1980",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "45028705841938639",
            "id" : "45028705841938639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1897730144213735577",
      "id_str" : "1897732047630352718",
      "in_reply_to_user_id" : "45028705841938639",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1897732047630352718",
      "in_reply_to_status_id" : "1897730144213735577",
      "created_at" : "Thu Mar 06 19:32:32 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_prof1980 Hey there! We hear you. Saturday service on the 1 is on the list for the next service change. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_prof1980",
      "in_reply_to_user_id_str" : "45028705841938639"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897713803215226844"
          ],
          "editableUntil" : "2025-03-06T19:20:03.160Z",
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
      "favorite_count" : "6",
      "id_str" : "1897713803215226844",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897713803215226844",
      "created_at" : "Thu Mar 06 18:20:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Service update: Good news for Old Mill: more trips on the Crosstown Connector starting March 21. You all asked, so here is…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897352298579034156"
          ],
          "editableUntil" : "2025-03-05T19:23:33.739Z",
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
            "name" : "Dee Bikegirl199",
            "screen_name" : "dee_bikegirl199",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "24544338346196596",
            "id" : "24544338346196596"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1897342998030203875",
      "id_str" : "1897352298579034156",
      "in_reply_to_user_id" : "24544338346196596",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897352298579034156",
      "in_reply_to_status_id" : "1897342998030203875",
      "created_at" : "Wed Mar 05 18:23:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_bikegirl199 Hey there! Sorry for the wait. Thanks for flagging. Crews are on the way. Use the 5th St ramp for now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_bikegirl199",
      "in_reply_to_user_id_str" : "24544338346196596"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897260632354545727"
          ],
          "editableUntil" : "2025-03-05T13:19:18.808Z",
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
            "url" : "https://t.co/Xj6nsIhNUA",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "7",
      "id_str" : "1897260632354545727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897260632354545727",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 12:19:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: We want your ideas for the bus shelter redesign. Take the 5-minute survey: https://t.co/Xj6nsIhNUA Thank you, Riverton! We couldn't do this without our operators and mechanics. 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897083136860689774"
          ],
          "editableUntil" : "2025-03-05T01:34:00.584Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1897083136860689774",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1897083136860689774",
      "created_at" : "Wed Mar 05 00:34:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: The Lantern Walk is this Thursday at Riverton Community College. Looks like fun!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897070799946144328"
          ],
          "editableUntil" : "2025-03-05T00:44:59.235Z",
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
              "92",
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
        "103"
      ],
      "favorite_count" : "19",
      "id_str" : "1897070799946144328",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897070799946144328",
      "created_at" : "Tue Mar 04 23:44:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Fourth of July fireworks is this Wednesday at the Art Museum. Looks like fun. #Riverton ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1896532036706587853",
          "editControlInitial" : {
            "editTweetIds" : [
              "1896532036706587853",
              "1896536417252244896"
            ],
            "editableUntil" : "2025-03-03T13:04:08.069Z",
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
            "text" : "FareFree",
            "indices" : [
              "105",
              "114"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "115",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "10",
      "id_str" : "1896536417252244896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896536417252244896",
      "created_at" : "Mon Mar 03 12:21:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Family Day at the zoo is this Wednesday at Harbor Point. Looks like fun. Have a great weekend, everyone! #FareFree #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896532036706587853",
            "1896536417252244896"
          ],
          "editableUntil" : "2025-03-03T13:04:08.069Z",
          "editsRemaining" : "4",
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
              "105",
              "114"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "115",
              "130"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "17",
      "id_str" : "1896532036706587853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896532036706587853",
      "created_at" : "Mon Mar 03 12:04:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Family Day at the zoo is this Wednesday at Harbor Point. Looks like fun. Have a graet weekend, everyone! #FareFree #TransitTuesday",
      "lang" : "en"
    }
  }
]