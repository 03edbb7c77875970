window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962327651566552105"
          ],
          "editableUntil" : "2025-09-01T02:32:25.075Z",
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
      "favorite_count" : "19",
      "id_str" : "1962327651566552105",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962327651566552105",
      "created_at" : "Mon Sep 01 01:32:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Service update: Meet Big Mike, who keeps the 24 running through Linden Park every morning. You all asked, so here's a thread on the Northside network plan.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962170721739094576"
          ],
          "editableUntil" : "2025-08-31T16:08:50.088Z",
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
            "name" : "Busrider Maria1",
            "screen_name" : "busrider_maria1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "66422633761424277",
            "id" : "66422633761424277"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1962165997853740249",
      "id_str" : "1962170721739094576",
      "in_reply_to_user_id" : "66422633761424277",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1962170721739094576",
      "in_reply_to_status_id" : "1962165997853740249",
      "created_at" : "Sun Aug 31 15:08:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_maria1 Hey there! The 3:00 pm trip is our busiest. We have asked planning to add a bus. Follow us for live updates on Route 4!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_maria1",
      "in_reply_to_user_id_str" : "66422633761424277"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962146315730507126"
          ],
          "editableUntil" : "2025-08-31T14:31:51.242Z",
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
            "name" : "Northsidetj49",
            "screen_name" : "northsidetj49",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "28096616703944641",
            "id" : "28096616703944641"
          },
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
        "187"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1962142815031330556",
      "id_str" : "1962146315730507126",
      "in_reply_to_user_id" : "28096616703944641",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1962146315730507126",
      "in_reply_to_status_id" : "1962142815031330556",
      "created_at" : "Sun Aug 31 13:31:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidetj49 Thank you for sharing this! We'll pass it along to the Route 21 driver. Thanks to @hwhitcombe on our ops team for tracking this down. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidetj49",
      "in_reply_to_user_id_str" : "28096616703944641"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962140282619349759"
          ],
          "editableUntil" : "2025-08-31T14:07:52.837Z",
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
              "68",
              "80"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "81",
              "90"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1962140282619349759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962140282619349759",
      "created_at" : "Sun Aug 31 13:07:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the 5. #DetourAlert #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1961503945295468590",
          "editControlInitial" : {
            "editTweetIds" : [
              "1961503945295468590",
              "1961505684039640119"
            ],
            "editableUntil" : "2025-08-29T19:59:18.196Z",
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
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1961505684039640119",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1961505684039640119",
      "created_at" : "Fri Aug 29 19:06:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the jazz festival this Monday! Skip the parking and ride the 6. Follow this thread for updates on the reduced fare program. 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961503945295468590",
            "1961505684039640119"
          ],
          "editableUntil" : "2025-08-29T19:59:18.196Z",
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
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1961503945295468590",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1961503945295468590",
      "created_at" : "Fri Aug 29 18:59:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the jazz festival this Monday! Skip the praking and ride the 6. Follow this thread for updates on the reduced fare program. 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961499762659075208"
          ],
          "editableUntil" : "2025-08-29T19:42:40.978Z",
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
              "153",
              "167"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/InaQYzPlVh",
            "expanded_url" : "https://x.com/RivertonCity/status/1960881283191029727",
            "display_url" : "x.com/RivertonCity/status…",
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
      "favorite_count" : "9",
      "id_str" : "1961499762659075208",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1961499762659075208",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 29 18:42:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Love this. Thank a bus driver today. Hiroshi on Route 6 just hit 7 years with zero crashes. Appreciate every one of you. Any questions, just reply here. #accessibility https://t.co/InaQYzPlVh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961496823639140185"
          ],
          "editableUntil" : "2025-08-29T19:31:00.261Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "234",
              "243"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1961496056021319007",
      "id_str" : "1961496823639140185",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961496823639140185",
      "in_reply_to_status_id" : "1961496056021319007",
      "created_at" : "Fri Aug 29 18:31:00 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ If you ride the 40 through Oak Grove, your stop moved to Ferry St until Monday. Fun fact: the Airport Flyer crosses the river four times! I stand corrected: a rider pointed out the Farmers Market stop moved to Ferry St. Thank you! #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961496056021319007"
          ],
          "editableUntil" : "2025-08-29T19:27:57.246Z",
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
        "232"
      ],
      "favorite_count" : "6",
      "id_str" : "1961496056021319007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961496056021319007",
      "created_at" : "Fri Aug 29 18:27:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Riverbend: more trips on the 36 starting September 11. Going live from the Harvest Market at 10:35 am, bring your questions! Every route we run connects our community. Let's circle back once we have more bandwidth. 😊 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961480818268925769"
          ],
          "editableUntil" : "2025-08-29T18:27:24.283Z",
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
              "110",
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
        "urls" : [
          {
            "url" : "https://t.co/UjN091l5p7",
            "expanded_url" : "https://www.rrta.example/meetings/student-pass-program-3",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1961480818268925769",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961480818268925769",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 29 17:27:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Waiting at Vine St &amp; Mill St for Route 32? It's about 15 minutes out. https://t.co/UjN091l5p7 #TransitTuesday 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961254518594048076"
          ],
          "editableUntil" : "2025-08-29T03:28:10.236Z",
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
        "189"
      ],
      "favorite_count" : "9",
      "id_str" : "1961254518594048076",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1961254518594048076",
      "created_at" : "Fri Aug 29 02:28:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Open house about the reduced fare program on Sunday, 9:50 am at the Food Co-op. Kids welcome. Buses get our residents to jobs, school and the doctor. Stay cool out there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961091293263225767"
          ],
          "editableUntil" : "2025-08-28T16:39:34.285Z",
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
            "name" : "Eastgateriverbe",
            "screen_name" : "eastgateriverbe",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "55490912463873504",
            "id" : "55490912463873504"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1960890935265286649",
      "id_str" : "1961091293263225767",
      "in_reply_to_user_id" : "55490912463873504",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961091293263225767",
      "in_reply_to_status_id" : "1960890935265286649",
      "created_at" : "Thu Aug 28 15:39:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgateriverbe Hello! The last 16 leaves Northside Transfer Center at 5:10 on weekdays. Riders like you make this job worth it. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgateriverbe",
      "in_reply_to_user_id_str" : "55490912463873504"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960894591140428684"
          ],
          "editableUntil" : "2025-08-28T03:37:56.844Z",
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
      "favorite_count" : "2",
      "id_str" : "1960894591140428684",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960894591140428684",
      "created_at" : "Thu Aug 28 02:37:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Open house about the Eastgate station rebuild on Monday, 8:30 at West High School. Kids welcome. We want your ideas fo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1960734357877348459",
          "editControlInitial" : {
            "editTweetIds" : [
              "1960734357877348459",
              "1960735296904243811"
            ],
            "editableUntil" : "2025-08-27T17:01:14.257Z",
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
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "1960735296904243811",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1960735296904243811",
      "created_at" : "Wed Aug 27 16:04:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Audio stop announcements are now on every the 29 bus. Stay cool out there! Make sense? 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960734357877348459",
            "1960735296904243811"
          ],
          "editableUntil" : "2025-08-27T17:01:14.257Z",
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
        "99"
      ],
      "favorite_count" : "22",
      "id_str" : "1960734357877348459",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1960734357877348459",
      "created_at" : "Wed Aug 27 16:01:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Audio stop announcements are now on eevry the 29 bus. Stay cool out there! Make sense? 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960708289146201692"
          ],
          "editableUntil" : "2025-08-27T15:17:38.987Z",
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
            "name" : "Northsideprof",
            "screen_name" : "northsideprof",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "60594179851105739",
            "id" : "60594179851105739"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1960465341269910517",
      "id_str" : "1960708289146201692",
      "in_reply_to_user_id" : "60594179851105739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960708289146201692",
      "in_reply_to_status_id" : "1960465341269910517",
      "created_at" : "Wed Aug 27 14:17:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsideprof Hey there! Ugh, sorry to hear that. Sorry you got left behind. We're adding trips to the 26 this month. I don't know the answer yet, but I'll find out.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsideprof",
      "in_reply_to_user_id_str" : "60594179851105739"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960700674440719640"
          ],
          "editableUntil" : "2025-08-27T14:47:23.500Z",
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
              "208",
              "220"
            ]
          },
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "10",
      "id_str" : "1960700674440719640",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1960700674440719640",
      "created_at" : "Wed Aug 27 13:47:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Mr. Leon on Route 26 stopped to help a kid find his mom at the Amtrak station, then waved the whole bus goodbye. Thank a bus driver today. Mr. Leon on Route 26 just hit 3 years with zero crashes. #DetourAlert #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960395158406352924"
          ],
          "editableUntil" : "2025-08-26T18:33:22.801Z",
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
              "74",
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
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1960394917031666181",
      "id_str" : "1960395158406352924",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1960395158406352924",
      "in_reply_to_status_id" : "1960394917031666181",
      "created_at" : "Tue Aug 26 17:33:22 +0000 2025",
      "favorited" : false,
      "full_text" : "The ice storm is here. Buses are running but expect delays of 45 minutes. #RiverDays",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960394917031666181"
          ],
          "editableUntil" : "2025-08-26T18:32:25.253Z",
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
              "88",
              "102"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "103",
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
        "114"
      ],
      "favorite_count" : "5",
      "id_str" : "1960394917031666181",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1960394917031666181",
      "created_at" : "Tue Aug 26 17:32:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Audio stop announcements are now on every Route 19 bus. Have a great weekend, everyone! #accessibility #Riverton 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960391844857193054"
          ],
          "editableUntil" : "2025-08-26T18:20:12.790Z",
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
            "url" : "https://t.co/0rQMUJGaE7",
            "expanded_url" : "https://www.rrta.example/schedules/july-21",
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
        "230"
      ],
      "favorite_count" : "0",
      "id_str" : "1960391844857193054",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960391844857193054",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 26 17:20:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Can't make the meeting on Wednesday? Leave a comment about the transit signal priority project here: https://t.co/0rQMUJGaE7 Going live from the Cinco de Mayo festival at 6:05, bring your questions! Any questions, just reply here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960320684860893712"
          ],
          "editableUntil" : "2025-08-26T13:37:26.924Z",
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
        "122"
      ],
      "favorite_count" : "1",
      "id_str" : "1960320684860893712",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1960320684860893712",
      "created_at" : "Tue Aug 26 12:37:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Old Mill. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960083759335500365"
          ],
          "editableUntil" : "2025-08-25T21:55:59.477Z",
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
            "name" : "Mom The Real198",
            "screen_name" : "mom_the_real198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "47207783361513355",
            "id" : "47207783361513355"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1960083402004238887",
      "id_str" : "1960083759335500365",
      "in_reply_to_user_id" : "47207783361513355",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960083759335500365",
      "in_reply_to_status_id" : "1960083402004238887",
      "created_at" : "Mon Aug 25 20:55:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@mom_the_real198 The 40 had heavy traffic and is catching up now. Next bus is 20 minutes out. Thanks for riding with us! Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mom_the_real198",
      "in_reply_to_user_id_str" : "47207783361513355"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960032089499466645"
          ],
          "editableUntil" : "2025-08-25T18:30:40.428Z",
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
              "218",
              "228"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/fNewl3iiTB",
            "expanded_url" : "https://x.com/RivertonLibrary/status/1959926570831448470",
            "display_url" : "x.com/RivertonLibrary/sta…",
            "indices" : [
              "229",
              "252"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "252"
      ],
      "favorite_count" : "6",
      "id_str" : "1960032089499466645",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1960032089499466645",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 25 17:30:40 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Open house about the transit signal priority project on Friday, 2:10 pm at the Job Center. Kids welcome. Proud to serve Riverton riders every day. Proud of our team for getting Route 9 back on schedule so fast. #RiverDays https://t.co/fNewl3iiTB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959986208144892212"
          ],
          "editableUntil" : "2025-08-25T15:28:21.461Z",
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
            "name" : "Riverbendprof",
            "screen_name" : "riverbendprof",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "17008269338978106",
            "id" : "17008269338978106"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1959297840463395283",
      "id_str" : "1959986208144892212",
      "in_reply_to_user_id" : "17008269338978106",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1959986208144892212",
      "in_reply_to_status_id" : "1959297840463395283",
      "created_at" : "Mon Aug 25 14:28:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendprof Hey! Thanks! We'll pull bus 1461 for an AC check when it gets back to the garage. Have a good one! 🚦🚏",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendprof",
      "in_reply_to_user_id_str" : "17008269338978106"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959979684450151559"
          ],
          "editableUntil" : "2025-08-25T15:02:26.091Z",
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
            "name" : "Riverbendoldmil",
            "screen_name" : "riverbendoldmil",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "36887462048282199",
            "id" : "36887462048282199"
          },
          {
            "name" : "Rosa Delgado",
            "screen_name" : "rosadelgado_rrt",
            "indices" : [
              "108",
              "124"
            ],
            "id_str" : "6052554746733953024",
            "id" : "6052554746733953024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1959731409820619472",
      "id_str" : "1959979684450151559",
      "in_reply_to_user_id" : "36887462048282199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959979684450151559",
      "in_reply_to_status_id" : "1959731409820619472",
      "created_at" : "Mon Aug 25 14:02:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendoldmil Hey there! Yes, students ride free all summer with a school ID, the 37 included. Thanks to @rosadelgado_rrt on our ops team for tracking this down. Let us know if you need anything else. 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendoldmil",
      "in_reply_to_user_id_str" : "36887462048282199"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959745865385698133"
          ],
          "editableUntil" : "2025-08-24T23:33:19.282Z",
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
            "name" : "Djskater32",
            "screen_name" : "djskater32",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "41458966655722530",
            "id" : "41458966655722530"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1959740745287995289",
      "id_str" : "1959745865385698133",
      "in_reply_to_user_id" : "41458966655722530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959745865385698133",
      "in_reply_to_status_id" : "1959740745287995289",
      "created_at" : "Sun Aug 24 22:33:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@djskater32 We hear you. Saturday service on the Riverside Express is on the list for the next service change. Safe travels! ☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "djskater32",
      "in_reply_to_user_id_str" : "41458966655722530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959301552580588372"
          ],
          "editableUntil" : "2025-08-23T18:07:46.854Z",
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
            "name" : "Mombikegirl",
            "screen_name" : "mombikegirl",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "47721732772590000",
            "id" : "47721732772590000"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1959299582098706849",
      "id_str" : "1959301552580588372",
      "in_reply_to_user_id" : "47721732772590000",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1959301552580588372",
      "in_reply_to_status_id" : "1959299582098706849",
      "created_at" : "Sat Aug 23 17:07:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@mombikegirl Hey there! The app can lag when buses lose GPS near Canal St. We've told our tech team. Let us know if you need anything else. 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "mombikegirl",
      "in_reply_to_user_id_str" : "47721732772590000"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959220167455147402"
          ],
          "editableUntil" : "2025-08-23T12:44:23.128Z",
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
        "139"
      ],
      "favorite_count" : "2",
      "id_str" : "1959220167455147402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959220167455147402",
      "created_at" : "Sat Aug 23 11:44:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: The 36 is on detour around Prairie Ave because of repaving. Catch it at Eastgate Transit Center instead. Fun fact: the 36 is…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959060155036960242"
          ],
          "editableUntil" : "2025-08-23T02:08:33.195Z",
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
              "213",
              "228"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "229",
              "241"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/VI24yFAbfq",
            "expanded_url" : "https://www.rrta.example/survey/union-hill",
            "display_url" : "www.rrta.example/survey/u…",
            "indices" : [
              "157",
              "180"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "10",
      "id_str" : "1959060155036960242",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1959060155036960242",
      "possibly_sensitive" : false,
      "created_at" : "Sat Aug 23 01:08:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen West High School on a buzzing evening? Worth it. Can't make the meeting on Friday? Leave a comment about the transit signal priority project here: https://t.co/VI24yFAbfq Have a great weekend, everyone! #TransitTuesday #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959007559920037664"
          ],
          "editableUntil" : "2025-08-22T22:39:33.542Z",
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
              "129",
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
        "146"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1959006504947423873",
      "id_str" : "1959007559920037664",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1959007559920037664",
      "in_reply_to_status_id" : "1959006504947423873",
      "created_at" : "Fri Aug 22 21:39:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen the Job Center on a sunlit day? Worth it. Monthly passes for August are on sale at Central Station and on our website. #TransitTuesday 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959006504947423873"
          ],
          "editableUntil" : "2025-08-22T22:35:22.017Z",
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
              "170",
              "180"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "6",
      "id_str" : "1959006504947423873",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1959006504947423873",
      "created_at" : "Fri Aug 22 21:35:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Hiroshi humming along. Starting August 26, the 21 will stop at Riverside Dr &amp; Lakeview Dr again. #RiverDays 🙏 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958939517280179828"
          ],
          "editableUntil" : "2025-08-22T18:09:10.912Z",
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
            "name" : "Rivertondee1969",
            "screen_name" : "rivertondee1969",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "29756104293769380",
            "id" : "29756104293769380"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1958938451400607003",
      "id_str" : "1958939517280179828",
      "in_reply_to_user_id" : "29756104293769380",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1958939517280179828",
      "in_reply_to_status_id" : "1958938451400607003",
      "created_at" : "Fri Aug 22 17:09:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertondee1969 Hi there! So sorry to hear about your morning. We know the 22 arrivals have been off. A fix is going in this week. Riders like you make this job worth it. Have a good one! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertondee1969",
      "in_reply_to_user_id_str" : "29756104293769380"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958897353341915134"
          ],
          "editableUntil" : "2025-08-22T15:21:38.246Z",
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
      "favorite_count" : "1",
      "id_str" : "1958897353341915134",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1958897353341915134",
      "created_at" : "Fri Aug 22 14:21:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Please be advised: the Airport Flyer is running about 20 minutes late because of a train at the crossing. Any changes to th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958623026403371428"
          ],
          "editableUntil" : "2025-08-21T21:11:33.607Z",
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
              "144",
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
      "favorite_count" : "5",
      "id_str" : "1958623026403371428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958623026403371428",
      "created_at" : "Thu Aug 21 20:11:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Our mechanics kept 167 buses on the road through the flood warning this week. Buses get our residents to jobs, school and the doctor. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958524545555866720"
          ],
          "editableUntil" : "2025-08-21T14:40:13.943Z",
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
              "156",
              "164"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "165",
              "175"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/GQWU9xdI7J",
            "expanded_url" : "https://www.rrta.example/detours/route-30",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "1",
      "id_str" : "1958524545555866720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958524545555866720",
      "possibly_sensitive" : false,
      "created_at" : "Thu Aug 21 13:40:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the Riverfront concert series? The 30 runs every 10 minutes until midnight on Monday. Our riders deserve reliable service. https://t.co/GQWU9xdI7J #transit #RiverDays 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958501323123893372"
          ],
          "editableUntil" : "2025-08-21T13:07:57.284Z",
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
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1958501323123893372",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1958501323123893372",
      "created_at" : "Thu Aug 21 12:07:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dragon Boat races is Monday. Buses will drop off at the Senior Center, two blocks from the entrance.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958167461975367768"
          ],
          "editableUntil" : "2025-08-20T15:01:18.584Z",
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
      "favorite_count" : "14",
      "id_str" : "1958167461975367768",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1958167461975367768",
      "created_at" : "Wed Aug 20 14:01:18 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Stakeholder consultation sessions regarding the electric bus rollout will be facilitated at the Amtrak station to solicit act…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958138678849339783"
          ],
          "editableUntil" : "2025-08-20T13:06:56.152Z",
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
            "url" : "https://t.co/cPvcY5bGoP",
            "expanded_url" : "https://www.rrta.example/schedules/august-2",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "10",
      "id_str" : "1958138678849339783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958138678849339783",
      "possibly_sensitive" : false,
      "created_at" : "Wed Aug 20 12:06:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Detour on the Airport Flyer: buses go around Main St and pick up at the Farmers Market. Map: https://t.co/cPvcY5bGoP Anyone else seeing this?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957972518446747912"
          ],
          "editableUntil" : "2025-08-20T02:06:40.424Z",
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
      "favorite_count" : "1",
      "id_str" : "1957972518446747912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957972518446747912",
      "created_at" : "Wed Aug 20 01:06:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: Fare capping starts August 28: once you've paid $5 in a day, the rest of your rides are free. https://…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957887544245972057"
          ],
          "editableUntil" : "2025-08-19T20:29:00.996Z",
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
      "favorite_count" : "9",
      "id_str" : "1957887544245972057",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1957887544245972057",
      "created_at" : "Tue Aug 19 19:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Please be advised: Saw 330 people at the Farmers Market for the Lantern Walk. Riverton, you showed up! Share this with…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957604013588049610"
          ],
          "editableUntil" : "2025-08-19T01:42:22.020Z",
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
              "217",
              "226"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DnWA7d2ePT",
            "expanded_url" : "https://www.rrta.example/maps/route-33",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "193",
              "216"
            ]
          },
          {
            "url" : "https://t.co/NVF96YxQs2",
            "expanded_url" : "https://x.com/dalerides/status/1957443966765159894",
            "display_url" : "x.com/dalerides/status/19…",
            "indices" : [
              "227",
              "250"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "28",
      "id_str" : "1957604013588049610",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1957604013588049610",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 19 00:42:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Riverbend. Waiting at Elm St &amp; Monroe St for the 33? It's about 45 minutes out. Buses on the 33 are about 45 min behind right now (a crash on the bridge). Thanks for your patience. https://t.co/DnWA7d2ePT #FareFree https://t.co/NVF96YxQs2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957572030334489964"
          ],
          "editableUntil" : "2025-08-18T23:35:16.618Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1957571004010182314",
      "id_str" : "1957572030334489964",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957572030334489964",
      "in_reply_to_status_id" : "1957571004010182314",
      "created_at" : "Mon Aug 18 22:35:16 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Saw 352 people at the county courthouse for the Dragon Boat races. Riverton, you showed up! You all asked, so here's a thread on the microtransit zone in Southport. #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957571004010182314"
          ],
          "editableUntil" : "2025-08-18T23:31:11.923Z",
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
              "236",
              "245"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "111",
              "122"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "24",
      "id_str" : "1957571004010182314",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957571004010182314",
      "created_at" : "Mon Aug 18 22:31:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The 35 gets later evening trips starting August 24. Last bus leaves Grand Ave &amp; Chestnut St at 2:15. Teamwork: @aishabello and our ops crew sorted out the 35 detour in an hour. Fun fact: our oldest bus is older than two of our interns! #RideRRTA 🚌🚲 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957517957494287979"
          ],
          "editableUntil" : "2025-08-18T20:00:24.648Z",
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
            "url" : "https://t.co/tEghr7rC7O",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "25",
      "id_str" : "1957517957494287979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957517957494287979",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 18 19:00:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Deb has driven the 31A for 30 years and still knows every regular by name. Going live from the Fourth of July fireworks at 5:30 am, bring your questions! Anyone else seeing this? https://t.co/tEghr7rC7O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957449386556015356"
          ],
          "editableUntil" : "2025-08-18T15:27:56.062Z",
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
            "name" : "Harbordad69",
            "screen_name" : "harbordad69",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "9177243400338594",
            "id" : "9177243400338594"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "24",
      "in_reply_to_status_id_str" : "1956752267859717065",
      "id_str" : "1957449386556015356",
      "in_reply_to_user_id" : "9177243400338594",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1957449386556015356",
      "in_reply_to_status_id" : "1956752267859717065",
      "created_at" : "Mon Aug 18 14:27:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbordad69 Buses run until about an hour after the chili cook-off ends. Enjoy the ride!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbordad69",
      "in_reply_to_user_id_str" : "9177243400338594"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956528587206731327"
          ],
          "editableUntil" : "2025-08-16T02:29:00.390Z",
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
      "favorite_count" : "2",
      "id_str" : "1956528587206731327",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956528587206731327",
      "created_at" : "Sat Aug 16 01:29:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Watching the River Days festival crowds pour off Route 50 is the closest thing we have to a parade. The City of Riverton…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956525569364033519"
          ],
          "editableUntil" : "2025-08-16T02:17:00.880Z",
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
              "77",
              "89"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1956525569364033519",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956525569364033519",
      "created_at" : "Sat Aug 16 01:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Lupe has driven Route 26 for 24 years and still knows every regular by name. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956373221882895276"
          ],
          "editableUntil" : "2025-08-15T16:11:38.410Z",
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
              "177",
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
        "191"
      ],
      "favorite_count" : "11",
      "id_str" : "1956373221882895276",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1956373221882895276",
      "created_at" : "Fri Aug 15 15:11:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a kid's stuffed bunny on bus 1267? It's waiting for you at Central Station. Going live from Pride in the Park at 12:55, bring your questions! Thank you, Riverton! #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956334909937465061"
          ],
          "editableUntil" : "2025-08-15T13:39:24.131Z",
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
        "121"
      ],
      "favorite_count" : "16",
      "id_str" : "1956334909937465061",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1956334909937465061",
      "created_at" : "Fri Aug 15 12:39:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Saw 31,056 people at Eastgate Transit Center for the Riverfront concert series. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955698144423981546"
          ],
          "editableUntil" : "2025-08-13T19:29:07.402Z",
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
      "id_str" : "1955698144423981546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955698144423981546",
      "created_at" : "Wed Aug 13 18:29:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Fare capping starts August 30: once you've paid $5 in a day, the rest of your rides are free. Going forward, we will lev…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1955662039160827406",
          "editControlInitial" : {
            "editTweetIds" : [
              "1955662039160827406",
              "1955662632335185597"
            ],
            "editableUntil" : "2025-08-13T17:05:39.236Z",
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
        "265"
      ],
      "favorite_count" : "21",
      "id_str" : "1955662632335185597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955662632335185597",
      "created_at" : "Wed Aug 13 16:08:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Hiroshi on Route 11 stopped to help a kid find his mom at Memorial Park, then waved the whole bus goodbye. Did you leave a backpack on bus 1818? It's waiting for you at Harbor Point Station. You all asked, so here's a thread on the reduced fare program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955662039160827406",
            "1955662632335185597"
          ],
          "editableUntil" : "2025-08-13T17:05:39.236Z",
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
        "265"
      ],
      "favorite_count" : "2",
      "id_str" : "1955662039160827406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955662039160827406",
      "created_at" : "Wed Aug 13 16:05:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Story time: Hiroshi on Route 11 stopped to help a kid find his mom at Memorial Park, then waved the whole bus goodbye. Did you leave a bacpkack on bus 1818? It's waiting for you at Harbor Point Station. You all asked, so here's a thread on the reduced fare program.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955652026587825625"
          ],
          "editableUntil" : "2025-08-13T16:25:52.053Z",
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
              "174",
              "183"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "103",
              "113"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "9",
      "id_str" : "1955652026587825625",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1955652026587825625",
      "created_at" : "Wed Aug 13 15:25:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 325 people at Riverton General Hospital for the chili cook-off. Riverton, you showed up! Teamwork: @bencarter and our ops crew sorted out the Route 42 detour in an hour. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955627942895525258"
          ],
          "editableUntil" : "2025-08-13T14:50:10.053Z",
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
        "206"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1955627615003897549",
      "id_str" : "1955627942895525258",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955627942895525258",
      "in_reply_to_status_id" : "1955627615003897549",
      "created_at" : "Wed Aug 13 13:50:10 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Update on the Northside network plan: the council approved the funding. Please share with your neighbors who ride Route 41! Great question! I don't know offhand, but our planning team does. Checking now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955627615003897549"
          ],
          "editableUntil" : "2025-08-13T14:48:51.878Z",
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
        "97"
      ],
      "favorite_count" : "20",
      "id_str" : "1955627615003897549",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1955627615003897549",
      "created_at" : "Wed Aug 13 13:48:51 +0000 2025",
      "favorited" : false,
      "full_text" : "A crash on the bridge is slowing down Route 13 and Route 11. Give yourself an extra 12 minutes! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955406292256153827"
          ],
          "editableUntil" : "2025-08-13T00:09:24.422Z",
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
            "name" : "Skater Grandpa9",
            "screen_name" : "skater_grandpa9",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "21985912829170232",
            "id" : "21985912829170232"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1955404820711382414",
      "id_str" : "1955406292256153827",
      "in_reply_to_user_id" : "21985912829170232",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955406292256153827",
      "in_reply_to_status_id" : "1955404820711382414",
      "created_at" : "Tue Aug 12 23:09:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_grandpa9 Hey! Check with lost and found at Harbor Point Station. If your blue umbrella turns up, they'll hold it for 30 days. 🙄",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_grandpa9",
      "in_reply_to_user_id_str" : "21985912829170232"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955328374048028108"
          ],
          "editableUntil" : "2025-08-12T18:59:47.274Z",
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
            "url" : "https://t.co/dniTxhenyU",
            "expanded_url" : "https://www.rrta.example/meetings/new-trip-planner-2",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "20",
      "id_str" : "1955328374048028108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955328374048028108",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 12 17:59:47 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your iedas for the new trip planner. Take the 5-minute survey: https://t.co/dniTxhenyU Have a great weekend, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955274397928819162"
          ],
          "editableUntil" : "2025-08-12T15:25:18.364Z",
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
              "64",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "7",
      "id_str" : "1955274397928819162",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955274397928819162",
      "created_at" : "Tue Aug 12 14:25:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Art Museum is finished and it looks great. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955256421549836191"
          ],
          "editableUntil" : "2025-08-12T14:13:52.462Z",
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
            "name" : "Kjess45",
            "screen_name" : "kjess45",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "19707955598665579",
            "id" : "19707955598665579"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1955250679529772708",
      "id_str" : "1955256421549836191",
      "in_reply_to_user_id" : "19707955598665579",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1955256421549836191",
      "in_reply_to_status_id" : "1955250679529772708",
      "created_at" : "Tue Aug 12 13:13:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@kjess45 Hi! Take Route 15 to Wabash Ave &amp; Bluff St, it's a short walk from there. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kjess45",
      "in_reply_to_user_id_str" : "19707955598665579"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1955020982619393949",
          "editControlInitial" : {
            "editTweetIds" : [
              "1955020982619393949",
              "1955030641021978523"
            ],
            "editableUntil" : "2025-08-11T22:38:19.446Z",
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
              "164",
              "178"
            ]
          },
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
      "favorite_count" : "12",
      "id_str" : "1955030641021978523",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955030641021978523",
      "created_at" : "Mon Aug 11 22:16:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Heading to the Dragon Boat races? Ride free with your ticket on Route 40 all day. Great question! I don't know offhand, but our operations team does. Checking now. #accessibility #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955020982619393949",
            "1955030641021978523"
          ],
          "editableUntil" : "2025-08-11T22:38:19.446Z",
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
              "164",
              "178"
            ]
          },
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
      "favorite_count" : "10",
      "id_str" : "1955020982619393949",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1955020982619393949",
      "created_at" : "Mon Aug 11 21:38:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Heading to the Dragon Boat races? Ride free with your ticekt on Route 40 all day. Great question! I don't know offhand, but our operations team does. Checking now. #accessibility #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954927755831484863"
          ],
          "editableUntil" : "2025-08-11T16:27:52.448Z",
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
              "201",
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
        "211"
      ],
      "favorite_count" : "12",
      "id_str" : "1954927755831484863",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1954927755831484863",
      "created_at" : "Mon Aug 11 15:27:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Progress on the student pass program in Cedar Heights: the design is 60% done. Experiment time: weekend service to Cedar Heights on the 17 this month. Please share with your neighbors who ride the 17! #transit 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954925020391817011"
          ],
          "editableUntil" : "2025-08-11T16:17:00.268Z",
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
        "122"
      ],
      "favorite_count" : "17",
      "id_str" : "1954925020391817011",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1954925020391817011",
      "created_at" : "Mon Aug 11 15:17:00 +0000 2025",
      "favorited" : false,
      "full_text" : "The flood warning is here. Buses are running but expect delays of 8 minutes. Every route we run connects our community. 🚲🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954920535131064789"
          ],
          "editableUntil" : "2025-08-11T15:59:10.899Z",
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
            "name" : "Profcoffee",
            "screen_name" : "profcoffee",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "11730546442883293",
            "id" : "11730546442883293"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1954109320290341968",
      "id_str" : "1954920535131064789",
      "in_reply_to_user_id" : "11730546442883293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954920535131064789",
      "in_reply_to_status_id" : "1954109320290341968",
      "created_at" : "Mon Aug 11 14:59:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@profcoffee Hi there! Thanks for telling us. Comments about Ferry Landing go straight to our planners. We're working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "profcoffee",
      "in_reply_to_user_id_str" : "11730546442883293"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954906884422650585"
          ],
          "editableUntil" : "2025-08-11T15:04:56.316Z",
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
            "name" : "Zprof",
            "screen_name" : "zprof",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "67916883489795002",
            "id" : "67916883489795002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1954139777239788787",
      "id_str" : "1954906884422650585",
      "in_reply_to_user_id" : "67916883489795002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954906884422650585",
      "in_reply_to_status_id" : "1954139777239788787",
      "created_at" : "Mon Aug 11 14:04:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@zprof Hey there! The last 29 leaves University Station at 9:15 on weekdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zprof",
      "in_reply_to_user_id_str" : "67916883489795002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954889425577401463"
          ],
          "editableUntil" : "2025-08-11T13:55:33.803Z",
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
            "name" : "Kat Owl94",
            "screen_name" : "kat_owl94",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "13272783524684204",
            "id" : "13272783524684204"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1954886406463038433",
      "id_str" : "1954889425577401463",
      "in_reply_to_user_id" : "13272783524684204",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1954889425577401463",
      "in_reply_to_status_id" : "1954886406463038433",
      "created_at" : "Mon Aug 11 12:55:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@kat_owl94 Thanks for reaching out. We apologize for the inconvenience. We know the 22 arrivals have been off. A fix is going in this week. 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "kat_owl94",
      "in_reply_to_user_id_str" : "13272783524684204"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954526061637386299"
          ],
          "editableUntil" : "2025-08-10T13:51:41.089Z",
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
              "94",
              "103"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "104",
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
        "115"
      ],
      "favorite_count" : "7",
      "id_str" : "1954526061637386299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954526061637386299",
      "created_at" : "Sun Aug 10 12:51:41 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Harbor Point is finished and it looks great. Have a great weekend, everyone! #Riverton #RideRRTA 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954206840044626778"
          ],
          "editableUntil" : "2025-08-09T16:43:12.730Z",
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
            "name" : "Mikeriverbend92",
            "screen_name" : "mikeriverbend92",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "28143671217344771",
            "id" : "28143671217344771"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1954205887338876042",
      "id_str" : "1954206840044626778",
      "in_reply_to_user_id" : "28143671217344771",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1954206840044626778",
      "in_reply_to_status_id" : "1954205887338876042",
      "created_at" : "Sat Aug 09 15:43:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@mikeriverbend92 Hi there! This is so nice to hear. We'll make sure Mr. Earl sees it. Our team is on it. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mikeriverbend92",
      "in_reply_to_user_id_str" : "28143671217344771"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953963898820281295"
          ],
          "editableUntil" : "2025-08-09T00:37:51.029Z",
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
            "name" : "Djbikegirl1953",
            "screen_name" : "djbikegirl1953",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "58493935611868029",
            "id" : "58493935611868029"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1953962619225320883",
      "id_str" : "1953963898820281295",
      "in_reply_to_user_id" : "58493935611868029",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953963898820281295",
      "in_reply_to_status_id" : "1953962619225320883",
      "created_at" : "Fri Aug 08 23:37:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@djbikegirl1953 Thanks for telling us. Comments about Oak Grove go straight to our planners. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "djbikegirl1953",
      "in_reply_to_user_id_str" : "58493935611868029"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953875010578627289"
          ],
          "editableUntil" : "2025-08-08T18:44:38.421Z",
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
              "197",
              "205"
            ]
          },
          {
            "text" : "Riverton",
            "indices" : [
              "206",
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
        "215"
      ],
      "favorite_count" : "8",
      "id_str" : "1953875010578627289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953875010578627289",
      "created_at" : "Fri Aug 08 17:44:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Linden St &amp; Sycamore St shelter today: \"thank you for the bench.\" It made our week. Riverton is beautiful today. Perfect day for a walk along the river in Sycamore Flats. #busstop #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1953862236927957747",
          "editControlInitial" : {
            "editTweetIds" : [
              "1953862236927957747",
              "1953870515963099030"
            ],
            "editableUntil" : "2025-08-08T17:53:52.945Z",
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
      "favorite_count" : "8",
      "id_str" : "1953870515963099030",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953870515963099030",
      "created_at" : "Fri Aug 08 17:26:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Because of the cold snap, Route 25 will skip the hill on Jefferson St. Board at Memorial Park. The cold snap is here. Buses are running but expect delays of 12 minutes. Great question! I don't know offhand, but our data team does. Checking now. ✨❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953862236927957747",
            "1953870515963099030"
          ],
          "editableUntil" : "2025-08-08T17:53:52.945Z",
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
        "248"
      ],
      "favorite_count" : "2",
      "id_str" : "1953862236927957747",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953862236927957747",
      "created_at" : "Fri Aug 08 16:53:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Because of the cold snap, Route 25 will skip the hill on Jefferson St. Board at Memorial Park. The cold snap is here. Buses are rnuning but expect delays of 12 minutes. Great question! I don't know offhand, but our data team does. Checking now. ✨❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953802629503582939"
          ],
          "editableUntil" : "2025-08-08T13:57:01.428Z",
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
      "favorite_count" : "23",
      "id_str" : "1953802629503582939",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1953802629503582939",
      "created_at" : "Fri Aug 08 12:57:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Please be advised: Going to the Fourth of July fireworks? The 4 runs every 45 minutes until midnight on Friday. Let's circ…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953607564744981308"
          ],
          "editableUntil" : "2025-08-08T01:01:54.365Z",
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
            "name" : "Heykat34",
            "screen_name" : "heykat34",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "20678152771142500",
            "id" : "20678152771142500"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1953606389257812811",
      "id_str" : "1953607564744981308",
      "in_reply_to_user_id" : "20678152771142500",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953607564744981308",
      "in_reply_to_status_id" : "1953606389257812811",
      "created_at" : "Fri Aug 08 00:01:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@heykat34 Hey there! Sorry to hear about the trouble today. The 4:00 trip is our busiest. We've asked planning to add a bus.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heykat34",
      "in_reply_to_user_id_str" : "20678152771142500"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953556874044202483"
          ],
          "editableUntil" : "2025-08-07T21:40:28.760Z",
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
              "104",
              "117"
            ],
            "id_str" : "2509993144",
            "id" : "2509993144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "7",
      "id_str" : "1953556874044202483",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953556874044202483",
      "created_at" : "Thu Aug 07 20:40:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts August 19: once you've paid $5 in a day, the rest of your rides are free. Thanks to @RiverHawksFC for the photo! 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953554863554543971"
          ],
          "editableUntil" : "2025-08-07T21:32:29.422Z",
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
            "name" : "Jess Dee1950",
            "screen_name" : "jess_dee1950",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "7550138037766285",
            "id" : "7550138037766285"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1953551004001141892",
      "id_str" : "1953554863554543971",
      "in_reply_to_user_id" : "7550138037766285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953554863554543971",
      "in_reply_to_status_id" : "1953551004001141892",
      "created_at" : "Thu Aug 07 20:32:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@jess_dee1950 Hey! Take Route 42 to Victory Pkwy &amp; Maple St, it's a sohrt walk from there. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_dee1950",
      "in_reply_to_user_id_str" : "7550138037766285"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953547564585093808"
          ],
          "editableUntil" : "2025-08-07T21:03:29.212Z",
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
      "favorite_count" : "27",
      "id_str" : "1953547564585093808",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1953547564585093808",
      "created_at" : "Thu Aug 07 20:03:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Eligible customers may apply for reduced fare program participation through the designated application portal at https://t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953517283707398897"
          ],
          "editableUntil" : "2025-08-07T19:03:09.688Z",
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
      "favorite_count" : "11",
      "id_str" : "1953517283707398897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953517283707398897",
      "created_at" : "Thu Aug 07 18:03:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: The forthcoming service modification package will recalibrate the 29 frequencies to reflect evolving ridership utilizatio…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953462726794360585"
          ],
          "editableUntil" : "2025-08-07T15:26:22.307Z",
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
            "name" : "Busrider Just",
            "screen_name" : "busrider_just",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "15259455614637867",
            "id" : "15259455614637867"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "54",
      "in_reply_to_status_id_str" : "1953461111548508572",
      "id_str" : "1953462726794360585",
      "in_reply_to_user_id" : "15259455614637867",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1953462726794360585",
      "in_reply_to_status_id" : "1953461111548508572",
      "created_at" : "Thu Aug 07 14:26:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_just Sorry to hear about the trouble today. Route 18 is running about 3 minutes behind because of a crash on the bridge. It should reach the ballpark around 6:40. Thanks for your kind words!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_just",
      "in_reply_to_user_id_str" : "15259455614637867"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953459231649753510"
          ],
          "editableUntil" : "2025-08-07T15:12:28.999Z",
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
      "id_str" : "1953459231649753510",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1953459231649753510",
      "created_at" : "Thu Aug 07 14:12:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Please be advised: Municipal offices will observe modified operating hours on Thursday in connection with the River Days fe…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953442624937359265"
          ],
          "editableUntil" : "2025-08-07T14:06:29.650Z",
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
            "name" : "Jesstj1965",
            "screen_name" : "jesstj1965",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "44386420499611048",
            "id" : "44386420499611048"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1953436588087521568",
      "id_str" : "1953442624937359265",
      "in_reply_to_user_id" : "44386420499611048",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953442624937359265",
      "in_reply_to_status_id" : "1953436588087521568",
      "created_at" : "Thu Aug 07 13:06:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@jesstj1965 We apologize for the delay. We know the 16 arrivals have been off. A fix is going in this week. We're testing a transit scavenger hunt soon, so your feedback really helps. 🎉🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "jesstj1965",
      "in_reply_to_user_id_str" : "44386420499611048"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953072046320684890"
          ],
          "editableUntil" : "2025-08-06T13:33:56.823Z",
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
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1953072046320684890",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953072046320684890",
      "created_at" : "Wed Aug 06 12:33:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. Saw 3,105…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952828886637893011"
          ],
          "editableUntil" : "2025-08-05T21:27:43.037Z",
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
              "121",
              "136"
            ]
          },
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
        "145"
      ],
      "favorite_count" : "50",
      "in_reply_to_status_id_str" : "1952828651041580493",
      "id_str" : "1952828886637893011",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952828886637893011",
      "in_reply_to_status_id" : "1952828651041580493",
      "created_at" : "Tue Aug 05 20:27:43 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Route 19 carried 270 rides last week, up 26% from last year. We couldn't do this without our operators and mechanics. #TransitTuesday #busstop",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952828651041580493"
          ],
          "editableUntil" : "2025-08-05T21:26:46.867Z",
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
        "168"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1952827718716648646",
      "id_str" : "1952828651041580493",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952828651041580493",
      "in_reply_to_status_id" : "1952827718716648646",
      "created_at" : "Tue Aug 05 20:26:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The Dragon Boat races is Saturday. Buses will drop off at Canal St &amp; Prairie Ave, two blocks from the entrance. We couldn't do this without our operators and mechanics!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952827718716648646"
          ],
          "editableUntil" : "2025-08-05T21:23:04.583Z",
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
            "url" : "https://t.co/vgpp8stVse",
            "expanded_url" : "https://www.rrta.example/news/riverton-marathon",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "226",
              "249"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "22",
      "id_str" : "1952827718716648646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952827718716648646",
      "possibly_sensitive" : false,
      "created_at" : "Tue Aug 05 20:23:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Pat humming along. The ramp on bus 2206 is fixed and back in service on the 1. Any changes to the 1 will only be considered after a full evaluation. https://t.co/vgpp8stVse 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952822927794060756"
          ],
          "editableUntil" : "2025-08-05T21:04:02.338Z",
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
        "136"
      ],
      "favorite_count" : "22",
      "id_str" : "1952822927794060756",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1952822927794060756",
      "created_at" : "Tue Aug 05 20:04:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Extra buses for the Riverfront concert series this Tuesday! Skip the parking and ride Route 31. It is in the schedule!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952809465163256285"
          ],
          "editableUntil" : "2025-08-05T20:10:32.597Z",
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
      "id_str" : "1952809465163256285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952809465163256285",
      "created_at" : "Tue Aug 05 19:10:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: The winter service plan initiative has achieved key milestones in alignment with staekholder deliverables and our long-rang…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952779695474339790"
          ],
          "editableUntil" : "2025-08-05T18:12:14.950Z",
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
      "favorite_count" : "5",
      "id_str" : "1952779695474339790",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952779695474339790",
      "created_at" : "Tue Aug 05 17:12:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Dragon Bo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952725825616847112"
          ],
          "editableUntil" : "2025-08-05T14:38:11.375Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "140",
              "149"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "150",
              "164"
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
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1952724535343595889",
      "id_str" : "1952725825616847112",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1952725825616847112",
      "in_reply_to_status_id" : "1952724535343595889",
      "created_at" : "Tue Aug 05 13:38:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids under 12 ride free all summer on every route, including the Riverside Express. Buses get our residents to jobs, school and the doctor. #FareFree #accessibility",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952724535343595889"
          ],
          "editableUntil" : "2025-08-05T14:33:03.750Z",
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
              "90",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1952723869419615478",
      "id_str" : "1952724535343595889",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1952724535343595889",
      "in_reply_to_status_id" : "1952723869419615478",
      "created_at" : "Tue Aug 05 13:33:03 +0000 2025",
      "favorited" : false,
      "full_text" : "You can now pay with your phone on every bus, Route 21 too. Tap the reader by the driver. #RiverDays",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952723869419615478"
          ],
          "editableUntil" : "2025-08-05T14:30:24.981Z",
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
              "95",
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
        "106"
      ],
      "favorite_count" : "8",
      "id_str" : "1952723869419615478",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1952723869419615478",
      "created_at" : "Tue Aug 05 13:30:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The elevator at Northside Transfer Center is out of service. Use the ramp on the Oak Ave side. #FareFree 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952722481571681338"
          ],
          "editableUntil" : "2025-08-05T14:24:54.092Z",
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
      "favorite_count" : "20",
      "id_str" : "1952722481571681338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952722481571681338",
      "created_at" : "Tue Aug 05 13:24:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Saw 212 people at the VA clinic for Family Day at the zoo. Riverton, you showed up! Please share with your neighbors who r…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952518415649458768"
          ],
          "editableUntil" : "2025-08-05T00:54:00.985Z",
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
        "142"
      ],
      "favorite_count" : "2",
      "id_str" : "1952518415649458768",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952518415649458768",
      "created_at" : "Mon Aug 04 23:54:00 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 19,620 trips on Saturday alone. Thank you, Riverton! Going live from graduation weekend at 2:10, bring your questions!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952511649425626669"
          ],
          "editableUntil" : "2025-08-05T00:27:07.792Z",
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
        "129"
      ],
      "favorite_count" : "15",
      "id_str" : "1952511649425626669",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952511649425626669",
      "created_at" : "Mon Aug 04 23:27:07 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Northside Mall is finished and it looks great. You all asked, so here is a thread on the student pass program. 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1952462749680212538",
          "editControlInitial" : {
            "editTweetIds" : [
              "1952462749680212538",
              "1952472268441271451"
            ],
            "editableUntil" : "2025-08-04T21:12:49.184Z",
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
            "url" : "https://t.co/RmCid9qqh1",
            "expanded_url" : "https://www.rrta.example/alerts/june-25-route-37",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "200",
              "223"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "2",
      "id_str" : "1952472268441271451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952472268441271451",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 04 20:50:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a foggy morning along Prairie Ave. More people are riding: 127 trips on Tuesday alone. I stand corrected: a rider pointed out the Eastgate Transit Center stop moved to Washington Ave. Thank you! https://t.co/RmCid9qqh1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952462749680212538",
            "1952472268441271451"
          ],
          "editableUntil" : "2025-08-04T21:12:49.184Z",
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
            "url" : "https://t.co/EHjYsdM5Om",
            "expanded_url" : "https://www.rrta.example/alerts/june-25-route-37",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "200",
              "223"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "19",
      "id_str" : "1952462749680212538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952462749680212538",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 04 20:12:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a foggy morning along Prairie Ave. More people are riding: 127 trips on Tuesday alone. I satnd corrected: a rider pointed out the Eastgate Transit Center stop moved to Washington Ave. Thank you! https://t.co/EHjYsdM5Om",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952373108096059768"
          ],
          "editableUntil" : "2025-08-04T15:16:36.965Z",
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
            "name" : "Lakesidekat1993",
            "screen_name" : "lakesidekat1993",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "27332729686960154",
            "id" : "27332729686960154"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1952048589585780030",
      "id_str" : "1952373108096059768",
      "in_reply_to_user_id" : "27332729686960154",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952373108096059768",
      "in_reply_to_status_id" : "1952048589585780030",
      "created_at" : "Mon Aug 04 14:16:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidekat1993 Hello! Yes! Fare capping works with phone pay too, on Route 50 and every other route. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidekat1993",
      "in_reply_to_user_id_str" : "27332729686960154"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952348887528698454"
          ],
          "editableUntil" : "2025-08-04T13:40:22.332Z",
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
              "260",
              "268"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "268"
      ],
      "favorite_count" : "0",
      "id_str" : "1952348887528698454",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1952348887528698454",
      "created_at" : "Mon Aug 04 12:40:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen Riverton Community College on a whimsical day? Worth it. If you ride the 30 through Northside, your stop moved to Pine St until Tuesday. Great question! I do not know offhand, but our maintenance team does. Checking now. Appreciate every one of you. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952213513043014972"
          ],
          "editableUntil" : "2025-08-04T04:42:26.539Z",
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
            "name" : "Mr Owl",
            "screen_name" : "mr_owl",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "9116510619961063",
            "id" : "9116510619961063"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1952212751691253912",
      "id_str" : "1952213513043014972",
      "in_reply_to_user_id" : "9116510619961063",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1952213513043014972",
      "in_reply_to_status_id" : "1952212751691253912",
      "created_at" : "Mon Aug 04 03:42:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@mr_owl Hey! Sorry to hear that. We know the 40 arrivals have been off. A fix is going in this week. Follow us for live updates on Route 40. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mr_owl",
      "in_reply_to_user_id_str" : "9116510619961063"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951636821107912078"
          ],
          "editableUntil" : "2025-08-02T14:30:52.467Z",
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
            "name" : "Owlnorthside",
            "screen_name" : "owlnorthside",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "18816812865447631",
            "id" : "18816812865447631"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1951635791387660507",
      "id_str" : "1951636821107912078",
      "in_reply_to_user_id" : "18816812865447631",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951636821107912078",
      "in_reply_to_status_id" : "1951635791387660507",
      "created_at" : "Sat Aug 02 13:30:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlnorthside Thanks! We'll pull bus 2365 for an AC check when it gets back to the garage. 🎉👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlnorthside",
      "in_reply_to_user_id_str" : "18816812865447631"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951576351172310936"
          ],
          "editableUntil" : "2025-08-02T10:30:35.311Z",
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
            "name" : "Mr Nurse1990",
            "screen_name" : "mr_nurse1990",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "47764867562719360",
            "id" : "47764867562719360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1951575516813968779",
      "id_str" : "1951576351172310936",
      "in_reply_to_user_id" : "47764867562719360",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1951576351172310936",
      "in_reply_to_status_id" : "1951575516813968779",
      "created_at" : "Sat Aug 02 09:30:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@mr_nurse1990 The bench at the Farmers Market is coming back next week, promise. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mr_nurse1990",
      "in_reply_to_user_id_str" : "47764867562719360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951320066083220346"
          ],
          "editableUntil" : "2025-08-01T17:32:12.184Z",
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
            "name" : "Kathey",
            "screen_name" : "kathey",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "14553730657404554",
            "id" : "14553730657404554"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1951317538971625874",
      "id_str" : "1951320066083220346",
      "in_reply_to_user_id" : "14553730657404554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951320066083220346",
      "in_reply_to_status_id" : "1951317538971625874",
      "created_at" : "Fri Aug 01 16:32:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@kathey Hi there! That's not OK. We've logged it and operations will review the video from bus 1771.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kathey",
      "in_reply_to_user_id_str" : "14553730657404554"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951289753165844334"
          ],
          "editableUntil" : "2025-08-01T15:31:45.022Z",
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
      "favorite_count" : "2",
      "id_str" : "1951289753165844334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951289753165844334",
      "created_at" : "Fri Aug 01 14:31:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: The forthcoming service modification package will recalibrate the 22 frequencies to reflect evolving ridership utiliza…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951279317362406934"
          ],
          "editableUntil" : "2025-08-01T14:50:16.932Z",
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
      "favorite_count" : "5",
      "id_str" : "1951279317362406934",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1951279317362406934",
      "created_at" : "Fri Aug 01 13:50:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Found on the 13: a headphones. Claim it at Northside Transfer Center lost and found. Experiment time: a bus stop adoption pr…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951103807567773816"
          ],
          "editableUntil" : "2025-08-01T03:12:52.136Z",
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
      "favorite_count" : "37",
      "id_str" : "1951103807567773816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951103807567773816",
      "created_at" : "Fri Aug 01 02:12:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Road work on Cedar Ln means Route 88 uses Prairie Ave for now. Add about 30 minutes. Follow this thread for updates on the mi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951047966994344761"
          ],
          "editableUntil" : "2025-07-31T23:30:58.706Z",
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
        "139"
      ],
      "favorite_count" : "16",
      "id_str" : "1951047966994344761",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1951047966994344761",
      "created_at" : "Thu Jul 31 22:30:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Personal property items recovered from revenue vehicles may be retrieved at the Northside Transfer Center customer service…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951017119237439102"
          ],
          "editableUntil" : "2025-07-31T21:28:24.028Z",
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
      "id_str" : "1951017119237439102",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1951017119237439102",
      "created_at" : "Thu Jul 31 20:28:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Please be advised: A sleepy morning on the 25, as promised. Due to municipal stormwater remediation on Pine St, the 25 will…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951009002525119143"
          ],
          "editableUntil" : "2025-07-31T20:56:08.853Z",
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
            "name" : "Dee Prof",
            "screen_name" : "dee_prof",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "56467391574291800",
            "id" : "56467391574291800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1951004438432983426",
      "id_str" : "1951009002525119143",
      "in_reply_to_user_id" : "56467391574291800",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1951009002525119143",
      "in_reply_to_status_id" : "1951004438432983426",
      "created_at" : "Thu Jul 31 19:56:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_prof Yes! Fare capping works with phone pay too, on the Crosstown Connector and every other route. We're testing a fare-free week in April soon, so your feedback really helps. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_prof",
      "in_reply_to_user_id_str" : "56467391574291800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950994764558233890"
          ],
          "editableUntil" : "2025-07-31T19:59:34.257Z",
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
      "favorite_count" : "15",
      "id_str" : "1950994764558233890",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950994764558233890",
      "created_at" : "Thu Jul 31 18:59:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Please be advised: The transit signal priority project initiative has achieved key milestones in alignment with stakeh…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950927917177487248"
          ],
          "editableUntil" : "2025-07-31T15:33:56.600Z",
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
              "159",
              "175"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "176",
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
      "favorite_count" : "18",
      "id_str" : "1950927917177487248",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1950927917177487248",
      "created_at" : "Thu Jul 31 14:33:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Sky over the Farmers Market: stubborn. Did you leave a library books on bus 1145? It's waiting for you at Harbor Point Station. Stay cool out there! #RivertonTransit #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950922030727808695"
          ],
          "editableUntil" : "2025-07-31T15:10:33.161Z",
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
            "name" : "The Realcoffee7",
            "screen_name" : "the_realcoffee7",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "56456995223230331",
            "id" : "56456995223230331"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1950917534302888673",
      "id_str" : "1950922030727808695",
      "in_reply_to_user_id" : "56456995223230331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950922030727808695",
      "in_reply_to_status_id" : "1950917534302888673",
      "created_at" : "Thu Jul 31 14:10:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realcoffee7 Hey there! Route 1 had a lane closure and is catching up now. Next bus is 8 minutes out!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realcoffee7",
      "in_reply_to_user_id_str" : "56456995223230331"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950753652679865764"
          ],
          "editableUntil" : "2025-07-31T04:01:28.706Z",
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
            "name" : "Harborms1971",
            "screen_name" : "harborms1971",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "47127656578951359",
            "id" : "47127656578951359"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1950747797475356537",
      "id_str" : "1950753652679865764",
      "in_reply_to_user_id" : "47127656578951359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950753652679865764",
      "in_reply_to_status_id" : "1950747797475356537",
      "created_at" : "Thu Jul 31 03:01:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborms1971 Hi! Sorry you got left behind. We're adding trips to the 15 this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborms1971",
      "in_reply_to_user_id_str" : "47127656578951359"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950636309767786660"
          ],
          "editableUntil" : "2025-07-30T20:15:11.975Z",
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
        "221"
      ],
      "favorite_count" : "29",
      "id_str" : "1950636309767786660",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950636309767786660",
      "created_at" : "Wed Jul 30 19:15:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Picture this: sunrise over the river, a bus full of sleepy commuters and Deb humming along. Note to self: Cedar Heights at dawn is stubborn. Update on the paratransit booking app: the first buses arrive in July.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950586652916660681"
          ],
          "editableUntil" : "2025-07-30T16:57:52.859Z",
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
            "name" : "Ms Grandpa1989",
            "screen_name" : "ms_grandpa1989",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "64130448265023114",
            "id" : "64130448265023114"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1950584083870682579",
      "id_str" : "1950586652916660681",
      "in_reply_to_user_id" : "64130448265023114",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950586652916660681",
      "in_reply_to_status_id" : "1950584083870682579",
      "created_at" : "Wed Jul 30 15:57:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@ms_grandpa1989 Thanks for telling us. Comments about Old Mill go straight to our planners. Follow us for live updates on Route 11. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ms_grandpa1989",
      "in_reply_to_user_id_str" : "64130448265023114"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950569215365398331"
          ],
          "editableUntil" : "2025-07-30T15:48:35.423Z",
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
              "81",
              "90"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "91",
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
      "favorite_count" : "2",
      "id_str" : "1950569215365398331",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950569215365398331",
      "created_at" : "Wed Jul 30 14:48:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Kingsley. #Riverton #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1950551006395014849",
          "editControlInitial" : {
            "editTweetIds" : [
              "1950551006395014849",
              "1950559364407460635"
            ],
            "editableUntil" : "2025-07-30T14:36:14.066Z",
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
        "157"
      ],
      "favorite_count" : "6",
      "id_str" : "1950559364407460635",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1950559364407460635",
      "created_at" : "Wed Jul 30 14:09:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the ballpark shelter today: \"thank you for the bench.\" It made our week. The ramp on bus 2120 is fixed and back in service on Route 21!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950551006395014849",
            "1950559364407460635"
          ],
          "editableUntil" : "2025-07-30T14:36:14.066Z",
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
        "157"
      ],
      "favorite_count" : "26",
      "id_str" : "1950551006395014849",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1950551006395014849",
      "created_at" : "Wed Jul 30 13:36:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the ballpark shelter today: \"thank you for the bench.\" It made our week. The ramp on bus 2120 is fixed and back in srevice on Route 21!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950532946297304604"
          ],
          "editableUntil" : "2025-07-30T13:24:28.203Z",
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
            "name" : "Djmaria1983",
            "screen_name" : "djmaria1983",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "66424153939104449",
            "id" : "66424153939104449"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1950528727923015815",
      "id_str" : "1950532946297304604",
      "in_reply_to_user_id" : "66424153939104449",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950532946297304604",
      "in_reply_to_status_id" : "1950528727923015815",
      "created_at" : "Wed Jul 30 12:24:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@djmaria1983 Thanks for reaching out. Sorry for the wait. Thanks for flagging. Crews are on the way. Use the Maple St ramp for now. Let us know if you need anything else. 🎉❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "djmaria1983",
      "in_reply_to_user_id_str" : "66424153939104449"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950283044484633826"
          ],
          "editableUntil" : "2025-07-29T20:51:26.968Z",
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
            "name" : "Grandpanurse196",
            "screen_name" : "grandpanurse196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "14093078511439449",
            "id" : "14093078511439449"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1950280033525927825",
      "id_str" : "1950283044484633826",
      "in_reply_to_user_id" : "14093078511439449",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1950283044484633826",
      "in_reply_to_status_id" : "1950280033525927825",
      "created_at" : "Tue Jul 29 19:51:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpanurse196 Hey! Yes, Route 3 runs until about 11 pm on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpanurse196",
      "in_reply_to_user_id_str" : "14093078511439449"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950204958388082409"
          ],
          "editableUntil" : "2025-07-29T15:41:09.792Z",
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
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "104",
              "120"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "19",
      "id_str" : "1950204958388082409",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1950204958388082409",
      "created_at" : "Tue Jul 29 14:41:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at the Art Museum for Route 16? It's about 15 minutes out. Not my area of expertise, so I asked @gregtanaka_rrta. Answer coming soon. Proud of our team for getting Route 16 back on schedule so fast. #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950132050642803923"
          ],
          "editableUntil" : "2025-07-29T10:51:27.231Z",
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
            "name" : "Z Riverton1995",
            "screen_name" : "z_riverton1995",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "11859457500047880",
            "id" : "11859457500047880"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1950130066820371184",
      "id_str" : "1950132050642803923",
      "in_reply_to_user_id" : "11859457500047880",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1950132050642803923",
      "in_reply_to_status_id" : "1950130066820371184",
      "created_at" : "Tue Jul 29 09:51:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_riverton1995 Hi there! Sorry to hear about the trouble today. Items found on buses go to Southport Station within a day. Give them a call at 555-0142. Follow us for live updates on Route 37. Let us know if you need anything else. ❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_riverton1995",
      "in_reply_to_user_id_str" : "11859457500047880"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949828250264836588"
          ],
          "editableUntil" : "2025-07-28T14:44:15.577Z",
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
              "122",
              "134"
            ]
          },
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
      "favorite_count" : "9",
      "id_str" : "1949828250264836588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949828250264836588",
      "created_at" : "Mon Jul 28 13:44:15 +0000 2025",
      "favorited" : false,
      "full_text" : "If Route 28 had a soundtrack, this morning it would be a slow jazz tune. Update on fare capping: testing starts Thursday. #DetourAlert #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949826580624295557"
          ],
          "editableUntil" : "2025-07-28T14:37:37.503Z",
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
        "128"
      ],
      "favorite_count" : "27",
      "id_str" : "1949826580624295557",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1949826580624295557",
      "created_at" : "Mon Jul 28 13:37:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Fare capping starts July 30: once you've paid $5 in a day, the rest of your rides are free. Does that help?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949814972170537404"
          ],
          "editableUntil" : "2025-07-28T13:51:29.832Z",
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
              "112",
              "128"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Wgikda8IUp",
            "expanded_url" : "https://www.rrta.example/news/chili-cook-off",
            "display_url" : "www.rrta.example/news/chi…",
            "indices" : [
              "88",
              "111"
            ]
          },
          {
            "url" : "https://t.co/9TQwegHnJi",
            "expanded_url" : "https://x.com/praman/status/1949215566133468913",
            "display_url" : "x.com/praman/status/19492…",
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
      "favorite_count" : "3",
      "id_str" : "1949814972170537404",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1949814972170537404",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 28 12:51:29 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Detour on the 38: buses go around Grand Ave and pick up at Millworks Lofts. Map: https://t.co/Wgikda8IUp #RivertonTransit https://t.co/9TQwegHnJi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949488914878321322"
          ],
          "editableUntil" : "2025-07-27T16:15:51.716Z",
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
            "name" : "Transitnerd The",
            "screen_name" : "transitnerd_the",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "23971588500136664",
            "id" : "23971588500136664"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1949487756235302570",
      "id_str" : "1949488914878321322",
      "in_reply_to_user_id" : "23971588500136664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949488914878321322",
      "in_reply_to_status_id" : "1949487756235302570",
      "created_at" : "Sun Jul 27 15:15:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_the Hi there! We apologize for the delay. The bench at Park Ave &amp; Nicollet Ave is coming back next week, promise. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_the",
      "in_reply_to_user_id_str" : "23971588500136664"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949274479371447755"
          ],
          "editableUntil" : "2025-07-27T02:03:46.307Z",
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
            "name" : "Busrider Prof",
            "screen_name" : "busrider_prof",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3552821093750450",
            "id" : "3552821093750450"
          },
          {
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "98",
              "109"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1949273879111180849",
      "id_str" : "1949274479371447755",
      "in_reply_to_user_id" : "3552821093750450",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1949274479371447755",
      "in_reply_to_status_id" : "1949273879111180849",
      "created_at" : "Sun Jul 27 01:03:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_prof Hey! The 1:20 pm trip is our busiest. We've asked planning to add a bus. Thanks to @hwhitcombe on our ops team for tracking this down. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_prof",
      "in_reply_to_user_id_str" : "3552821093750450"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949076772700108756"
          ],
          "editableUntil" : "2025-07-26T12:58:09.364Z",
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
            "name" : "Maria Prof",
            "screen_name" : "maria_prof",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "54729252485778185",
            "id" : "54729252485778185"
          },
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "147",
              "158"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1949076322072418298",
      "id_str" : "1949076772700108756",
      "in_reply_to_user_id" : "54729252485778185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949076772700108756",
      "in_reply_to_status_id" : "1949076322072418298",
      "created_at" : "Sat Jul 26 11:58:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_prof Hey there! We're sorry for the trouble. Thanks for telling us. We've sent this to the 10 supervisor to talk with the driver. Thanks to @aishabello on our ops team for tracking this down!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_prof",
      "in_reply_to_user_id_str" : "54729252485778185"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948889469169215735"
          ],
          "editableUntil" : "2025-07-26T00:33:52.722Z",
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
        "93"
      ],
      "favorite_count" : "4",
      "id_str" : "1948889469169215735",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1948889469169215735",
      "created_at" : "Fri Jul 25 23:33:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The 19 is running about 5 minutes late because of a crash on the bridge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948874800186732097"
          ],
          "editableUntil" : "2025-07-25T23:35:35.364Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiverD",
            "indices" : [
              "132",
              "139"
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
        "140"
      ],
      "favorite_count" : "14",
      "id_str" : "1948874800186732097",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1948874800186732097",
      "created_at" : "Fri Jul 25 22:35:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the food truck rally. #RiverD…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948871014012456700"
          ],
          "editableUntil" : "2025-07-25T23:20:32.670Z",
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
            "url" : "https://t.co/CVpE7nP8eX",
            "expanded_url" : "https://x.com/oliviarides/status/1948242732679671144",
            "display_url" : "x.com/oliviarides/status/…",
            "indices" : [
              "179",
              "202"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "11",
      "id_str" : "1948871014012456700",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948871014012456700",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 25 22:20:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Oak Grove. Pride in the Park is this Tuesday at the Farmers Market. Looks like fun. Please share with your neighbors who ride the 18! Appreciate every one of you. ❤️👍 https://t.co/CVpE7nP8eX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948770946513988098"
          ],
          "editableUntil" : "2025-07-25T16:42:54.719Z",
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
      "favorite_count" : "12",
      "id_str" : "1948770946513988098",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948770946513988098",
      "created_at" : "Fri Jul 25 15:42:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Please be advised: The forthcoming service modification package will recalibrate the 23 frequencies to reflect evolving ride…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948687132003381903"
          ],
          "editableUntil" : "2025-07-25T11:09:51.782Z",
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
            "name" : "Bikegirlnurse",
            "screen_name" : "bikegirlnurse",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3742552262834116",
            "id" : "3742552262834116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1948685451350162621",
      "id_str" : "1948687132003381903",
      "in_reply_to_user_id" : "3742552262834116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948687132003381903",
      "in_reply_to_status_id" : "1948685451350162621",
      "created_at" : "Fri Jul 25 10:09:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlnurse Thanks for telling us. Comments about Kingsley go straight to our planners. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlnurse",
      "in_reply_to_user_id_str" : "3742552262834116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948422284538162467"
          ],
          "editableUntil" : "2025-07-24T17:37:27.226Z",
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
            "name" : "Nursegrandpa200",
            "screen_name" : "nursegrandpa200",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "37699154154193706",
            "id" : "37699154154193706"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "16",
      "id_str" : "1948422284538162467",
      "in_reply_to_user_id" : "37699154154193706",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1948422284538162467",
      "created_at" : "Thu Jul 24 16:37:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursegrandpa200 Thanks for reaching out. The app can lag when buses lose GPS near Wabash Ave. We've told our tech team. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursegrandpa200",
      "in_reply_to_user_id_str" : "37699154154193706"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948383853465233990"
          ],
          "editableUntil" : "2025-07-24T15:04:44.544Z",
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
            "name" : "Just Z",
            "screen_name" : "just_z",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "16644573202187970",
            "id" : "16644573202187970"
          },
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "89",
              "100"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1948212180434176779",
      "id_str" : "1948383853465233990",
      "in_reply_to_user_id" : "16644573202187970",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948383853465233990",
      "in_reply_to_status_id" : "1948212180434176779",
      "created_at" : "Thu Jul 24 14:04:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@just_z Hi! Buses run until about an hour after the St. Patrick's parade ends. Thanks to @aishabello on our ops team for tracking this down. 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "just_z",
      "in_reply_to_user_id_str" : "16644573202187970"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948206726743937920"
          ],
          "editableUntil" : "2025-07-24T03:20:54.243Z",
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
      "favorite_count" : "5",
      "id_str" : "1948206726743937920",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948206726743937920",
      "created_at" : "Thu Jul 24 02:20:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: New curb ramp at Terrace Pl &amp; Bridge St is done, so boarding with a wheelchair or stroller is easier!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948156688811380111"
          ],
          "editableUntil" : "2025-07-24T00:02:04.270Z",
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
            "name" : "Samdee1968",
            "screen_name" : "samdee1968",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "55316038557383810",
            "id" : "55316038557383810"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1948155870379670588",
      "id_str" : "1948156688811380111",
      "in_reply_to_user_id" : "55316038557383810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948156688811380111",
      "in_reply_to_status_id" : "1948155870379670588",
      "created_at" : "Wed Jul 23 23:02:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@samdee1968 Hi! Yes! The 14 runs every 3 minutes before and after graduation weekend. Riders like you make this job worth it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samdee1968",
      "in_reply_to_user_id_str" : "55316038557383810"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948107241243894692"
          ],
          "editableUntil" : "2025-07-23T20:45:35.051Z",
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
              "140",
              "151"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AFluuDJwkB",
            "expanded_url" : "https://x.com/bencarter/status/1948047614032726565",
            "display_url" : "x.com/bencarter/status/19…",
            "indices" : [
              "211",
              "234"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "4",
      "id_str" : "1948107241243894692",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1948107241243894692",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 23 19:45:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 8 riders: Note to self: Kingsley at dawn is foggy. Route 8 carried 72 rides last week, up 15% from last year. Teamwork: @aishabello and our ops crew sorted out the Route 8 detour in an hour. https://t.co/AFluuDJwkB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948022642463673592"
          ],
          "editableUntil" : "2025-07-23T15:09:25.130Z",
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
            "name" : "Rivertonjess198",
            "screen_name" : "rivertonjess198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "34584302816564818",
            "id" : "34584302816564818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1947936467815848590",
      "id_str" : "1948022642463673592",
      "in_reply_to_user_id" : "34584302816564818",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948022642463673592",
      "in_reply_to_status_id" : "1947936467815848590",
      "created_at" : "Wed Jul 23 14:09:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertonjess198 Thanks for reaching out. Take the 9 to City Hall, it's a short walk from there. Have a great day!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertonjess198",
      "in_reply_to_user_id_str" : "34584302816564818"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947762767361416224"
          ],
          "editableUntil" : "2025-07-22T21:56:46.078Z",
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
            "url" : "https://t.co/qyVpe5HKrX",
            "expanded_url" : "https://www.rrta.example/alerts/july-3-route-19",
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
        "241"
      ],
      "favorite_count" : "2",
      "id_str" : "1947762767361416224",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947762767361416224",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 22 20:56:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Can't make the meeting on Wednesday? Leave a comment about the paratransit booking app here: https://t.co/qyVpe5HKrX Our first try at bus stop libraries didn't work. Lesson learned, round two starts Wednesday. Have a great weekend, everyone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947746883873923269"
          ],
          "editableUntil" : "2025-07-22T20:53:39.159Z",
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
              "169",
              "184"
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
      "id_str" : "1947746883873923269",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947746883873923269",
      "created_at" : "Tue Jul 22 19:53:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Vertical circulation infrastructure at Harbor Point Station is temporarily non-operational; alternative accessible pathways are available via the Lincoln Blvd entrance. #TransitTuesday ☀️🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947697971537689592"
          ],
          "editableUntil" : "2025-07-22T17:39:17.550Z",
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
              "194",
              "203"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/SdicYn3rQp",
            "expanded_url" : "https://x.com/bencarter/status/1947154103269431792",
            "display_url" : "x.com/bencarter/status/19…",
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
      "favorite_count" : "8",
      "id_str" : "1947697971537689592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947697971537689592",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 22 16:39:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Union Hill. Tiny victory of the day: the Riverton Library shelter finally has its bench back. Running late: the 9 near Riverton Library, about 15 minutes. We'll post when it clears. #Riverton 🚌 https://t.co/SdicYn3rQp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947637990572884430"
          ],
          "editableUntil" : "2025-07-22T13:40:56.973Z",
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
      "id_str" : "1947637990572884430",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947637990572884430",
      "created_at" : "Tue Jul 22 12:40:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Tiny victory of the day: the Chestnut St &amp; Main St shelter finally has its bench back. Route 26 carried 336 rides last…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947485507650529788"
          ],
          "editableUntil" : "2025-07-22T03:35:02.211Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Ri",
            "indices" : [
              "136",
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
      "favorite_count" : "1",
      "id_str" : "1947485507650529788",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1947485507650529788",
      "created_at" : "Tue Jul 22 02:35:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Please be advised: Good news for Prairie View: more trips on the 11 starting July 27. Appreciate every one of you. #Ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947465042013613062"
          ],
          "editableUntil" : "2025-07-22T02:13:42.823Z",
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
        "67"
      ],
      "favorite_count" : "11",
      "id_str" : "1947465042013613062",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1947465042013613062",
      "created_at" : "Tue Jul 22 01:13:42 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Amtrak station is finished and it looks great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947373926471213911"
          ],
          "editableUntil" : "2025-07-21T20:11:39.185Z",
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
              "236",
              "252"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "253",
              "267"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "267"
      ],
      "favorite_count" : "21",
      "id_str" : "1947373926471213911",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1947373926471213911",
      "created_at" : "Mon Jul 21 19:11:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Story time: Ms. Carla on the 28 stopped to help a kid find his mom at Riverton Community College, then waved the whole bus goodbye. Fare capping starts August 11: once you've paid $5 in a day, the rest of your rides are free. #RivertonTransit #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947308112993725010"
          ],
          "editableUntil" : "2025-07-21T15:50:08.029Z",
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
            "name" : "Momk47",
            "screen_name" : "momk47",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "26867567949079239",
            "id" : "26867567949079239"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1946701823560794445",
      "id_str" : "1947308112993725010",
      "in_reply_to_user_id" : "26867567949079239",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1947308112993725010",
      "in_reply_to_status_id" : "1946701823560794445",
      "created_at" : "Mon Jul 21 14:50:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@momk47 We're sorry for the trouble. Thanks, West High School is closed for work. We've asked the trip planner folks to fix it. Follow us for live updates on the 25. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "momk47",
      "in_reply_to_user_id_str" : "26867567949079239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947304367589858498"
          ],
          "editableUntil" : "2025-07-21T15:35:15.056Z",
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
            "name" : "Katdee",
            "screen_name" : "katdee",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "6649141708238676",
            "id" : "6649141708238676"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "37",
      "in_reply_to_status_id_str" : "1947258072992976432",
      "id_str" : "1947304367589858498",
      "in_reply_to_user_id" : "6649141708238676",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947304367589858498",
      "in_reply_to_status_id" : "1947258072992976432",
      "created_at" : "Mon Jul 21 14:35:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@katdee This is so nice to hear. We'll make sure Kwame sees it. Thanks so much for letting us know! 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "katdee",
      "in_reply_to_user_id_str" : "6649141708238676"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947304206885355752"
          ],
          "editableUntil" : "2025-07-21T15:34:36.741Z",
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
        "174"
      ],
      "favorite_count" : "3",
      "id_str" : "1947304206885355752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947304206885355752",
      "created_at" : "Mon Jul 21 14:34:36 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Millworks Lofts is finished and it looks great. Buses get our residents to jobs, school and the doctor. Fun fact: the Night Owl crosses the river four times!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947269278167296732"
          ],
          "editableUntil" : "2025-07-21T13:15:49.085Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
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
        "249"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1947268083650341499",
      "id_str" : "1947269278167296732",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1947269278167296732",
      "in_reply_to_status_id" : "1947268083650341499",
      "created_at" : "Mon Jul 21 12:15:49 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Found a note taped in the Jefferson St &amp; Elm St shelter today: \"thank you for the bench.\" It made our week. More people are riding: 388 trips on Friday alone. Great question! I don't know offhand, but our data team does. Checking now. #FareFree 🚌",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947268083650341499"
          ],
          "editableUntil" : "2025-07-21T13:11:04.290Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "153",
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
        "165"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "1947267156769491840",
      "id_str" : "1947268083650341499",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947268083650341499",
      "in_reply_to_status_id" : "1947267156769491840",
      "created_at" : "Mon Jul 21 12:11:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Progress on the new bike racks in Parkside: the design is 60% done. You all are the best. Proud of our team for getting the 28 back on schedule so fast. #FareFree 🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947267156769491840"
          ],
          "editableUntil" : "2025-07-21T13:07:23.305Z",
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
        "164"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1947266293548630898",
      "id_str" : "1947267156769491840",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1947267156769491840",
      "in_reply_to_status_id" : "1947266293548630898",
      "created_at" : "Mon Jul 21 12:07:23 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Because of the high winds, the 17 will skip the hill on Canal St. Board at Canal St &amp; Pine St. You all asked, so here's a thread on the sidewalk-to-stop program.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947266293548630898"
          ],
          "editableUntil" : "2025-07-21T13:03:57.497Z",
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
              "110",
              "119"
            ]
          },
          {
            "text" : "RideRRTA",
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
        "131"
      ],
      "favorite_count" : "4",
      "id_str" : "1947266293548630898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947266293548630898",
      "created_at" : "Mon Jul 21 12:03:57 +0000 2025",
      "favorited" : false,
      "full_text" : "We will have extra service to Riverton General Hospital for graduation weekend. Last bus back is at 12:35 pm. #FareFree #RideRRTA 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947131513096596170"
          ],
          "editableUntil" : "2025-07-21T04:08:23.333Z",
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
              "86",
              "94"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Chamber",
            "screen_name" : "RivertonChamber",
            "indices" : [
              "69",
              "85"
            ],
            "id_str" : "2417087190",
            "id" : "2417087190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "13",
      "id_str" : "1947131513096596170",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1947131513096596170",
      "created_at" : "Mon Jul 21 03:08:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at fare capping: we picked the contractor. More soon. Via @RivertonChamber #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946858544788061998"
          ],
          "editableUntil" : "2025-07-20T10:03:42.617Z",
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
            "name" : "Kmr79",
            "screen_name" : "kmr79",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "14356808146017049",
            "id" : "14356808146017049"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "43",
      "in_reply_to_status_id_str" : "1946856944201809692",
      "id_str" : "1946858544788061998",
      "in_reply_to_user_id" : "14356808146017049",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1946858544788061998",
      "in_reply_to_status_id" : "1946856944201809692",
      "created_at" : "Sun Jul 20 09:03:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@kmr79 We apologize for the delay. That's not OK. We've pulled bus 2395 to fix the ramp today. Thanks so much for letting us know!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kmr79",
      "in_reply_to_user_id_str" : "14356808146017049"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946707085324667926"
          ],
          "editableUntil" : "2025-07-20T00:01:51.867Z",
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
              "194",
              "209"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "210",
              "224"
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
      "favorite_count" : "27",
      "id_str" : "1946707085324667926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946707085324667926",
      "created_at" : "Sat Jul 19 23:01:51 +0000 2025",
      "favorited" : false,
      "full_text" : "New curb ramp at Lakeside Plaza is done, so boarding with a wheelchair or stroller is easier. Proud of our team for getting the 20 back on schedule so fast. Our riders deserve reliable service. #TransitTuesday #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946309417911503747"
          ],
          "editableUntil" : "2025-07-18T21:41:40.567Z",
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
      "favorite_count" : "3",
      "id_str" : "1946309417911503747",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1946309417911503747",
      "created_at" : "Fri Jul 18 20:41:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: The flood warning is here. Buses are running but expect delays of 5 minutes. I was mistaken about the on-time performance fig…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946308000119521359"
          ],
          "editableUntil" : "2025-07-18T21:36:02.539Z",
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
            "name" : "Harbor Mr",
            "screen_name" : "harbor_mr",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "59240577146380131",
            "id" : "59240577146380131"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1946305720567787619",
      "id_str" : "1946308000119521359",
      "in_reply_to_user_id" : "59240577146380131",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1946308000119521359",
      "in_reply_to_status_id" : "1946305720567787619",
      "created_at" : "Fri Jul 18 20:36:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@harbor_mr Hi! Sorry you got left behind. We are adding trips to Route 9 this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbor_mr",
      "in_reply_to_user_id_str" : "59240577146380131"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946281399234348065"
          ],
          "editableUntil" : "2025-07-18T19:50:20.394Z",
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
        "137"
      ],
      "favorite_count" : "7",
      "id_str" : "1946281399234348065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946281399234348065",
      "created_at" : "Fri Jul 18 18:50:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Waiting at Hawthorne Rd &amp; Oak Ave for the 27? It is about 10 minutes out. It is in the schedule. Share this with anyone who rides the 27!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946215934553116079"
          ],
          "editableUntil" : "2025-07-18T15:30:12.397Z",
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
            "name" : "Coffee Just1956",
            "screen_name" : "coffee_just1956",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "40205366665278803",
            "id" : "40205366665278803"
          },
          {
            "name" : "Lena Fischer",
            "screen_name" : "lena_fischer",
            "indices" : [
              "110",
              "123"
            ],
            "id_str" : "9523940189192964096",
            "id" : "9523940189192964096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "37",
      "in_reply_to_status_id_str" : "1946069075315895311",
      "id_str" : "1946215934553116079",
      "in_reply_to_user_id" : "40205366665278803",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946215934553116079",
      "in_reply_to_status_id" : "1946069075315895311",
      "created_at" : "Fri Jul 18 14:30:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_just1956 Hey there! Thanks! Our Route 22 drivers work hard, and notes like this mean a lot. Thanks to @lena_fischer on our ops team for tracking this down. 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_just1956",
      "in_reply_to_user_id_str" : "40205366665278803"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946185614452913744"
          ],
          "editableUntil" : "2025-07-18T13:29:43.522Z",
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
              "89",
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
      "favorite_count" : "2",
      "id_str" : "1946185614452913744",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1946185614452913744",
      "created_at" : "Fri Jul 18 12:29:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the winter service plan: the first buses arrive in July. You all are the best. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945994523802393230"
          ],
          "editableUntil" : "2025-07-18T00:50:23.961Z",
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
            "name" : "Momjust1980",
            "screen_name" : "momjust1980",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "29124061048257293",
            "id" : "29124061048257293"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "252"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1945993445079950173",
      "id_str" : "1945994523802393230",
      "in_reply_to_user_id" : "29124061048257293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945994523802393230",
      "in_reply_to_status_id" : "1945993445079950173",
      "created_at" : "Thu Jul 17 23:50:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@momjust1980 We apologize for the delay. Accessibility deficiencies are addressed as a priority; maintenance personnel have been dispatched to Eastgate Transit Center. Thanks so much for letting us know! Thank you for your patience and understanding. 🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "momjust1980",
      "in_reply_to_user_id_str" : "29124061048257293"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945990648509997549"
          ],
          "editableUntil" : "2025-07-18T00:35:00.019Z",
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
      "id_str" : "1945990648509997549",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1945990648509997549",
      "created_at" : "Thu Jul 17 23:35:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: More people are riding: 10,081 trips on Monday alone. Fun fact: we have 10,081 stops and someone has named every shelter c…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945986815683447758"
          ],
          "editableUntil" : "2025-07-18T00:19:46.202Z",
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
              "156",
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
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "7",
      "id_str" : "1945986815683447758",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1945986815683447758",
      "created_at" : "Thu Jul 17 23:19:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Bluffton. The new mural at Riverton General Hospital is finished and it looks great. #accessibility #transit 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945956251448264990"
          ],
          "editableUntil" : "2025-07-17T22:18:19.121Z",
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
            "name" : "Busrider Transi",
            "screen_name" : "busrider_transi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "66170950062300278",
            "id" : "66170950062300278"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1945955528686088893",
      "id_str" : "1945956251448264990",
      "in_reply_to_user_id" : "66170950062300278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945956251448264990",
      "in_reply_to_status_id" : "1945955528686088893",
      "created_at" : "Thu Jul 17 21:18:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_transi We're sorry for the trouble. Thanks, Division St &amp; River Rd is closed for work. We've asked the trip planner folks to fix it. Thanks for riding with us! ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_transi",
      "in_reply_to_user_id_str" : "66170950062300278"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945943759987969632"
          ],
          "editableUntil" : "2025-07-17T21:28:40.924Z",
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
              "126",
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
      "favorite_count" : "11",
      "id_str" : "1945943759987969632",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945943759987969632",
      "created_at" : "Thu Jul 17 20:28:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Everything about this morning feels rain-soaked. Did you leave a wallet on bus 2194? It's waiting for you at Central Station. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945861206660624600"
          ],
          "editableUntil" : "2025-07-17T16:00:38.677Z",
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
        "185"
      ],
      "favorite_count" : "16",
      "id_str" : "1945861206660624600",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1945861206660624600",
      "created_at" : "Thu Jul 17 15:00:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Accessibility enhancements at the Southport Walmart boarding location have been completed in accordance with applicable ADA compliance requirements. Our riders deserve reliable service!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945847418059363288"
          ],
          "editableUntil" : "2025-07-17T15:05:51.219Z",
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
            "name" : "Nightmaria27",
            "screen_name" : "nightmaria27",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "53522337217833320",
            "id" : "53522337217833320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1945793705629126237",
      "id_str" : "1945847418059363288",
      "in_reply_to_user_id" : "53522337217833320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945847418059363288",
      "in_reply_to_status_id" : "1945793705629126237",
      "created_at" : "Thu Jul 17 14:05:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightmaria27 Hi there! Yes! Route 39 runs every 12 minutes before and after the food truck rally!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightmaria27",
      "in_reply_to_user_id_str" : "53522337217833320"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945560037894134494"
          ],
          "editableUntil" : "2025-07-16T20:03:54.448Z",
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
        "231"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1945559255696597749",
      "id_str" : "1945560037894134494",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1945560037894134494",
      "in_reply_to_status_id" : "1945559255696597749",
      "created_at" : "Wed Jul 16 19:03:54 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ A buzzing afternoon on Route 7X, as promised. Progress on the bus shelter redesign in Fairview: the survey closed with 347 responses. Have a great weekend, everyone! You all asked, so here's a thread on the bus shelter redesign.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945559255696597749"
          ],
          "editableUntil" : "2025-07-16T20:00:47.958Z",
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
              "143",
              "159"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "70",
              "84"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "2",
      "id_str" : "1945559255696597749",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945559255696597749",
      "created_at" : "Wed Jul 16 19:00:47 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 15,963 trips on Thursday alone. Great work by @RivertonParks on the Fourth of July fireworks. Go check out their post! #RivertonTransit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945547124160943529"
          ],
          "editableUntil" : "2025-07-16T19:12:35.574Z",
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
      "favorite_count" : "8",
      "id_str" : "1945547124160943529",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945547124160943529",
      "created_at" : "Wed Jul 16 18:12:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Service update: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton M…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945445954013570298"
          ],
          "editableUntil" : "2025-07-16T12:30:34.731Z",
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
            "name" : "Dadoldmill55",
            "screen_name" : "dadoldmill55",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "60614893615343541",
            "id" : "60614893615343541"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1945442200248000092",
      "id_str" : "1945445954013570298",
      "in_reply_to_user_id" : "60614893615343541",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945445954013570298",
      "in_reply_to_status_id" : "1945442200248000092",
      "created_at" : "Wed Jul 16 11:30:34 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadoldmill55 The 8:20 am trip is our busiest. We have asked planning to add a bus. Riders like you make this job worth it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadoldmill55",
      "in_reply_to_user_id_str" : "60614893615343541"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945435330001350595"
          ],
          "editableUntil" : "2025-07-16T11:48:21.769Z",
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
            "name" : "Lakesideprof94",
            "screen_name" : "lakesideprof94",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "10250474324972270",
            "id" : "10250474324972270"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1945431928664656097",
      "id_str" : "1945435330001350595",
      "in_reply_to_user_id" : "10250474324972270",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945435330001350595",
      "in_reply_to_status_id" : "1945431928664656097",
      "created_at" : "Wed Jul 16 10:48:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesideprof94 Hi! Sorry to hear about the trouble today. Items found on buses go to Northside Transfer Center within a day. Give them a call at 555-0142.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesideprof94",
      "in_reply_to_user_id_str" : "10250474324972270"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945288036806788127"
          ],
          "editableUntil" : "2025-07-16T02:03:04.335Z",
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
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1945288036806788127",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1945288036806788127",
      "created_at" : "Wed Jul 16 01:03:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Municipal offices will observe modified operating hours on Thursday in connection with the Cinco de Mayo festival!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944852332912797277"
          ],
          "editableUntil" : "2025-07-14T21:11:44.432Z",
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
            "url" : "https://t.co/lYjtoJdw2f",
            "expanded_url" : "https://x.com/RiverHawksFC/status/1944260515037990246",
            "display_url" : "x.com/RiverHawksFC/status…",
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
      "favorite_count" : "43",
      "id_str" : "1944852332912797277",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1944852332912797277",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 14 20:11:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 12 riders: Open house about the paratransit booking app on Monday, 6:40 am at Riverton General Hospital. Kids welcome. Every route we run connects our community. https://t.co/lYjtoJdw2f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944819353961563778"
          ],
          "editableUntil" : "2025-07-14T19:00:41.637Z",
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
      "favorite_count" : "17",
      "id_str" : "1944819353961563778",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944819353961563778",
      "created_at" : "Mon Jul 14 18:00:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Boardings on the Airport Flyer reached 146 for the reporting period, exceeding established performance benchmarks. Question…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944785589324089327"
          ],
          "editableUntil" : "2025-07-14T16:46:31.520Z",
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
            "name" : "Kriverton1976",
            "screen_name" : "kriverton1976",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "36457317096878687",
            "id" : "36457317096878687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1944780210851468480",
      "id_str" : "1944785589324089327",
      "in_reply_to_user_id" : "36457317096878687",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1944785589324089327",
      "in_reply_to_status_id" : "1944780210851468480",
      "created_at" : "Mon Jul 14 15:46:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@kriverton1976 Hi! We're sorry for the trouble. The 19 is running about 5 minutes behind because of ice on the hills. It should reach Linden St &amp; Lakeview Dr around 5:35. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kriverton1976",
      "in_reply_to_user_id_str" : "36457317096878687"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944773498425051264"
          ],
          "editableUntil" : "2025-07-14T15:58:28.825Z",
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
              "259",
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
        "272"
      ],
      "favorite_count" : "13",
      "id_str" : "1944773498425051264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944773498425051264",
      "created_at" : "Mon Jul 14 14:58:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Janelle humming along. You can now pay with your phone on every bus, the 27 too. Tap the reader by the driver. Any changes to the 27 will only be considered after a full evaluation. #RiverDays 🚦🚍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944768881847062368"
          ],
          "editableUntil" : "2025-07-14T15:40:08.147Z",
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
            "url" : "https://t.co/BiFDZkSkHn",
            "expanded_url" : "https://www.rrta.example/schedules/march-24",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "133",
              "156"
            ]
          },
          {
            "url" : "https://t.co/Mxb4UYREap",
            "expanded_url" : "https://x.com/tessarides/status/1944566607467768266",
            "display_url" : "x.com/tessarides/status/1…",
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
      "favorite_count" : "11",
      "id_str" : "1944768881847062368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944768881847062368",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 14 14:40:08 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Sky over the ballpark: bustling. Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/BiFDZkSkHn Appreciate every one of you. https://t.co/Mxb4UYREap",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944764664790689070"
          ],
          "editableUntil" : "2025-07-14T15:23:22.723Z",
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
        "262"
      ],
      "favorite_count" : "14",
      "id_str" : "1944764664790689070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944764664790689070",
      "created_at" : "Mon Jul 14 14:23:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Water St &amp; Oak Ave shelter today: \"thank you for the bench.\" It made our week. Going to the food truck rally? Route 4 runs every 45 minutes until midnight on Friday. Going live from the food truck rally at 6:30, bring your questions! 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944024578239345841"
          ],
          "editableUntil" : "2025-07-12T14:22:32.339Z",
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
      "favorite_count" : "11",
      "id_str" : "1944024578239345841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944024578239345841",
      "created_at" : "Sat Jul 12 13:22:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Open house about the sidewalk-to-stop program on Thursday, 5:30 am at Southport Walmart. Kids welcome. Come tell us what y…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943848915705735081"
          ],
          "editableUntil" : "2025-07-12T02:44:31.127Z",
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
      "id_str" : "1943848915705735081",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1943848915705735081",
      "created_at" : "Sat Jul 12 01:44:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Linden Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943846395703763084"
          ],
          "editableUntil" : "2025-07-12T02:34:30.312Z",
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
      "favorite_count" : "17",
      "id_str" : "1943846395703763084",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1943846395703763084",
      "created_at" : "Sat Jul 12 01:34:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Municipal offices will observe modified operating hours on Friday in connection with the county fair. Going forward, d…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943771113970273286"
          ],
          "editableUntil" : "2025-07-11T21:35:21.748Z",
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
            "url" : "https://t.co/uPGRh6rcT7",
            "expanded_url" : "https://www.rrta.example/survey/union-hill",
            "display_url" : "www.rrta.example/survey/u…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "20",
      "id_str" : "1943771113970273286",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943771113970273286",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 11 20:35:21 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the Eastgate station rebuild. Take the 5-minute survey: https://t.co/uPGRh6rcT7 Buses get our residents to jobs, school and the doctor. Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943615466878456881"
          ],
          "editableUntil" : "2025-07-11T11:16:52.589Z",
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
            "name" : "Dadmike",
            "screen_name" : "dadmike",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "37937280289283095",
            "id" : "37937280289283095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1943611854344854535",
      "id_str" : "1943615466878456881",
      "in_reply_to_user_id" : "37937280289283095",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1943615466878456881",
      "in_reply_to_status_id" : "1943611854344854535",
      "created_at" : "Fri Jul 11 10:16:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadmike A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at University Station. Follow us for live updates on the 34. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadmike",
      "in_reply_to_user_id_str" : "37937280289283095"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943427019701373086"
          ],
          "editableUntil" : "2025-07-10T22:48:03.281Z",
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
            "name" : "Samkat",
            "screen_name" : "samkat",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "13443881047378166",
            "id" : "13443881047378166"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1943426660832906027",
      "id_str" : "1943427019701373086",
      "in_reply_to_user_id" : "13443881047378166",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943427019701373086",
      "in_reply_to_status_id" : "1943426660832906027",
      "created_at" : "Thu Jul 10 21:48:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@samkat Hi! We hear you. Saturday service on the Blue Line is on the list for the next service change. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "samkat",
      "in_reply_to_user_id_str" : "13443881047378166"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943424874240279717"
          ],
          "editableUntil" : "2025-07-10T22:39:31.764Z",
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
            "name" : "Northsidebusrid",
            "screen_name" : "northsidebusrid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "24926592704920336",
            "id" : "24926592704920336"
          },
          {
            "name" : "Greg Tanaka",
            "screen_name" : "gregtanaka_rrta",
            "indices" : [
              "114",
              "130"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1943423498381667064",
      "id_str" : "1943424874240279717",
      "in_reply_to_user_id" : "24926592704920336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943424874240279717",
      "in_reply_to_status_id" : "1943423498381667064",
      "created_at" : "Thu Jul 10 21:39:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidebusrid Thanks for reaching out. This is so nice to hear. We'll make sure Ms. Janelle sees it. Thanks to @gregtanaka_rrta on our ops team for tracking this down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidebusrid",
      "in_reply_to_user_id_str" : "24926592704920336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943383700661231894"
          ],
          "editableUntil" : "2025-07-10T19:55:55.217Z",
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
            "name" : "Owl The Real10",
            "screen_name" : "owl_the_real10",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "65407458368487973",
            "id" : "65407458368487973"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1943381778067489583",
      "id_str" : "1943383700661231894",
      "in_reply_to_user_id" : "65407458368487973",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1943383700661231894",
      "in_reply_to_status_id" : "1943381778067489583",
      "created_at" : "Thu Jul 10 18:55:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_the_real10 Hi! Sorry you got left behind. We're adding trips to Route 22 this month. Safe travels! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_the_real10",
      "in_reply_to_user_id_str" : "65407458368487973"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943295645254662342"
          ],
          "editableUntil" : "2025-07-10T14:06:01.172Z",
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
              "56",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1943295645254662342",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943295645254662342",
      "created_at" : "Thu Jul 10 13:06:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the Route 9 redesign: the design is 60% done. #busstop 💙❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942951903495090080"
          ],
          "editableUntil" : "2025-07-09T15:20:06.750Z",
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
              "159",
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
      "favorite_count" : "23",
      "id_str" : "1942951903495090080",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1942951903495090080",
      "created_at" : "Wed Jul 09 14:20:06 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Lakeside Plaza is finished and it looks great. Going live from Pride in the Park at 12:20, brnig your questions! Appreciate every one of you. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942951644893556499"
          ],
          "editableUntil" : "2025-07-09T15:19:05.095Z",
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
            "name" : "Busriderowl68",
            "screen_name" : "busriderowl68",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "53877608514669951",
            "id" : "53877608514669951"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1942939043896141496",
      "id_str" : "1942951644893556499",
      "in_reply_to_user_id" : "53877608514669951",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1942951644893556499",
      "in_reply_to_status_id" : "1942939043896141496",
      "created_at" : "Wed Jul 09 14:19:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderowl68 Hey there! Thanks for telling us. We've sent this to the Route 6 supervisor to talk with the driver. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderowl68",
      "in_reply_to_user_id_str" : "53877608514669951"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942929668901552270"
          ],
          "editableUntil" : "2025-07-09T13:51:45.610Z",
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
            "name" : "Harboreastgate8",
            "screen_name" : "harboreastgate8",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "71102654785204260",
            "id" : "71102654785204260"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1942927650602680625",
      "id_str" : "1942929668901552270",
      "in_reply_to_user_id" : "71102654785204260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942929668901552270",
      "in_reply_to_status_id" : "1942927650602680625",
      "created_at" : "Wed Jul 09 12:51:45 +0000 2025",
      "favorited" : false,
      "full_text" : "@harboreastgate8 We apologize for the inconvenience. Sorry you got left behind. We're adding trips to Route 40 this month. Thanks so much for letting us know! Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harboreastgate8",
      "in_reply_to_user_id_str" : "71102654785204260"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942929256038290788"
          ],
          "editableUntil" : "2025-07-09T13:50:07.176Z",
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
      "favorite_count" : "20",
      "id_str" : "1942929256038290788",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1942929256038290788",
      "created_at" : "Wed Jul 09 12:50:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: Nothing betas the view of the river from the VA clinic on a clear morning. The information in our Route 12 post was ac…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942712355724335594"
          ],
          "editableUntil" : "2025-07-08T23:28:14.111Z",
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
        "140"
      ],
      "favorite_count" : "13",
      "id_str" : "1942712355724335594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942712355724335594",
      "created_at" : "Tue Jul 08 22:28:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Starting July 19, the 15 will stop at Hawthorne Rd &amp; Willow Rd again. Fun fact: our oldest bus is older than two of our interns! Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942628820786974043"
          ],
          "editableUntil" : "2025-07-08T17:56:17.830Z",
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
        "125"
      ],
      "favorite_count" : "10",
      "id_str" : "1942628820786974043",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1942628820786974043",
      "created_at" : "Tue Jul 08 16:56:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Lantern Walk!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942587767175259378"
          ],
          "editableUntil" : "2025-07-08T15:13:09.887Z",
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
        "146"
      ],
      "favorite_count" : "1",
      "id_str" : "1942587767175259378",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942587767175259378",
      "created_at" : "Tue Jul 08 14:13:09 +0000 2025",
      "favorited" : false,
      "full_text" : "The Bike to Work Day breakfast is this Thursday at Riverton General Hospital. Looks like fun. Please share with your neighbors who ride the 41! 😀👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942335824528601479"
          ],
          "editableUntil" : "2025-07-07T22:32:02.079Z",
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
            "name" : "Nursedj2002",
            "screen_name" : "nursedj2002",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "55334441654958785",
            "id" : "55334441654958785"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1942334488025527900",
      "id_str" : "1942335824528601479",
      "in_reply_to_user_id" : "55334441654958785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942335824528601479",
      "in_reply_to_status_id" : "1942334488025527900",
      "created_at" : "Mon Jul 07 21:32:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursedj2002 Hi! Ugh, sorry to hear that. The 9:05 trip is our busiest. We have asked planning to add a bus. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursedj2002",
      "in_reply_to_user_id_str" : "55334441654958785"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942335601199810932"
          ],
          "editableUntil" : "2025-07-07T22:31:08.833Z",
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
            "name" : "Riverton Food Bank",
            "screen_name" : "RivFoodBank",
            "indices" : [
              "81",
              "93"
            ],
            "id_str" : "3898165173",
            "id" : "3898165173"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "14",
      "id_str" : "1942335601199810932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942335601199810932",
      "created_at" : "Mon Jul 07 21:31:08 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Senior Center is finished and it looks great. Great work by @RivFoodBank on the chili cook-off. Go check out their post! #RideRRTA #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942322784568131918"
          ],
          "editableUntil" : "2025-07-07T21:40:13.110Z",
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
        "130"
      ],
      "favorite_count" : "9",
      "id_str" : "1942322784568131918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942322784568131918",
      "created_at" : "Mon Jul 07 20:40:13 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: The 4 is on detour around Linden St because of a crash. Catch it at the Art Museum instead. It is in the schedule.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942217389345728378"
          ],
          "editableUntil" : "2025-07-07T14:41:24.931Z",
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
      "favorite_count" : "8",
      "id_str" : "1942217389345728378",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1942217389345728378",
      "created_at" : "Mon Jul 07 13:41:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the chili cook-off. Every route we r…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942061916421097366"
          ],
          "editableUntil" : "2025-07-07T04:23:37.297Z",
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
      "favorite_count" : "1",
      "id_str" : "1942061916421097366",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942061916421097366",
      "created_at" : "Mon Jul 07 03:23:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: System-wide ridership metrics reflect a 31% year-over-year increase, driven by enhanced service levels on key corridors inc…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941990499597370732"
          ],
          "editableUntil" : "2025-07-06T23:39:50.199Z",
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
            "name" : "Djjust1965",
            "screen_name" : "djjust1965",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "66783116712513562",
            "id" : "66783116712513562"
          },
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "106",
              "118"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1941988102106183103",
      "id_str" : "1941990499597370732",
      "in_reply_to_user_id" : "66783116712513562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941990499597370732",
      "in_reply_to_status_id" : "1941988102106183103",
      "created_at" : "Sun Jul 06 22:39:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@djjust1965 We hear you. Saturday service on the 36 is on the list for the next service change. Thanks to @victor_lang on our ops team for tracking this down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "djjust1965",
      "in_reply_to_user_id_str" : "66783116712513562"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941696658929263542"
          ],
          "editableUntil" : "2025-07-06T04:12:13.125Z",
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
            "name" : "Lakeside Mom",
            "screen_name" : "lakeside_mom",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "61956766038772257",
            "id" : "61956766038772257"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1941693571788366513",
      "id_str" : "1941696658929263542",
      "in_reply_to_user_id" : "61956766038772257",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1941696658929263542",
      "in_reply_to_status_id" : "1941693571788366513",
      "created_at" : "Sun Jul 06 03:12:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakeside_mom Hey! Yes, students ride free all summer with a school ID, the 37 included. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakeside_mom",
      "in_reply_to_user_id_str" : "61956766038772257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941479262898528143"
          ],
          "editableUntil" : "2025-07-05T13:48:21.872Z",
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
      "favorite_count" : "7",
      "id_str" : "1941479262898528143",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1941479262898528143",
      "created_at" : "Sat Jul 05 12:48:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Did you leave a gym bag on bus 2250? It's waiting for you at Harbor Point Station. Ever seen St. Luke's Clinic on a sparkling commute? Worth it. Found on the 25: a gym bag. Claim it at Harbor Point Station lost and found. Any questions, just reply here. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941343164245548674"
          ],
          "editableUntil" : "2025-07-05T04:47:33.424Z",
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
            "name" : "Momriverton64",
            "screen_name" : "momriverton64",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "54662817997138011",
            "id" : "54662817997138011"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1941339481705464424",
      "id_str" : "1941343164245548674",
      "in_reply_to_user_id" : "54662817997138011",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941343164245548674",
      "in_reply_to_status_id" : "1941339481705464424",
      "created_at" : "Sat Jul 05 03:47:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@momriverton64 Hello! We're sorry for the trouble. Items found on buses go to Southport Station within a day. Give them a call at 555-0142. 😄🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "momriverton64",
      "in_reply_to_user_id_str" : "54662817997138011"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941317395852490281"
          ],
          "editableUntil" : "2025-07-05T03:05:09.761Z",
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
        "212"
      ],
      "favorite_count" : "6",
      "id_str" : "1941317395852490281",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1941317395852490281",
      "created_at" : "Sat Jul 05 02:05:09 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has taken Route 34 to the same job for 10 years and never once missed a shift. Running late: Route 34 near Millworks Lofts, about 30 minutes. We'll post when it clears. Questions? Just ask! 😄😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941315042931418516"
          ],
          "editableUntil" : "2025-07-05T02:55:48.781Z",
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
      "favorite_count" : "3",
      "id_str" : "1941315042931418516",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941315042931418516",
      "created_at" : "Sat Jul 05 01:55:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Sky over the ballpark: whimsical. Saw 25,405 people at the ballpark for the Lantern Walk. Riverton, you showed up! Riverton is beautiful today. Perfect day for a walk along the river in Riverbend. Thank you, Riverton! Sound good?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941220322165980296"
          ],
          "editableUntil" : "2025-07-04T20:39:25.590Z",
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
        "239"
      ],
      "favorite_count" : "0",
      "id_str" : "1941220322165980296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941220322165980296",
      "created_at" : "Fri Jul 04 19:39:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for Family Day at the zoo this Tuesday! Skip the parking and ride the 8. Heading to Family Day at the zoo? Ride free with your ticket on the 8 all day. You all asked, so here is a thread on the new trip planner. #DetourAlert ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941211711827700046"
          ],
          "editableUntil" : "2025-07-04T20:05:12.726Z",
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
            "name" : "Lakesidedee3",
            "screen_name" : "lakesidedee3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "32586327547565058",
            "id" : "32586327547565058"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/MUpT85bkr7",
            "expanded_url" : "https://www.rrta.example/maps/route-30",
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
        "186"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1941207939221054838",
      "id_str" : "1941211711827700046",
      "in_reply_to_user_id" : "32586327547565058",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1941211711827700046",
      "in_reply_to_status_id" : "1941207939221054838",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 04 19:05:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidedee3 Hey! We're looking at service to Riverbend as part of the new trip planner. Tell us more here: https://t.co/MUpT85bkr7 Follow us for live updates on Route 30. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidedee3",
      "in_reply_to_user_id_str" : "32586327547565058"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941205502152449192"
          ],
          "editableUntil" : "2025-07-04T19:40:32.224Z",
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
      "id_str" : "1941205502152449192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941205502152449192",
      "created_at" : "Fri Jul 04 18:40:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Riverton is beautiful today. Perfect day for a walk along the river in Old Mill. The summer block party is this Tuesday at Mi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941101243308006375"
          ],
          "editableUntil" : "2025-07-04T12:46:14.978Z",
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
            "name" : "Bikegirlnight",
            "screen_name" : "bikegirlnight",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "5554149754289703",
            "id" : "5554149754289703"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1941100098179744454",
      "id_str" : "1941101243308006375",
      "in_reply_to_user_id" : "5554149754289703",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941101243308006375",
      "in_reply_to_status_id" : "1941100098179744454",
      "created_at" : "Fri Jul 04 11:46:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlnight Hey! Yes! Route 26 runs every 7 minutes before and after the River Hawks home opener. Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlnight",
      "in_reply_to_user_id_str" : "5554149754289703"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940885624437887118"
          ],
          "editableUntil" : "2025-07-03T22:29:27.434Z",
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
            "url" : "https://t.co/hurMvnXKiZ",
            "expanded_url" : "https://x.com/nadiahaddad_rrt/status/1940747530989832040",
            "display_url" : "x.com/nadiahaddad_rrt/sta…",
            "indices" : [
              "210",
              "233"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "1",
      "id_str" : "1940885624437887118",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1940885624437887118",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 03 21:29:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Overheard on Route 21 this morning: \"this bus is my thinking time.\" The new mural at Memorial Park is finished and it looks great. Experiment time: weekend service to Quarry Hill on Route 21 this month. 🎉 https://t.co/hurMvnXKiZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940750278778303974"
          ],
          "editableUntil" : "2025-07-03T13:31:38.514Z",
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
            "name" : "Mrthe Real14",
            "screen_name" : "mrthe_real14",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "8755881322287997",
            "id" : "8755881322287997"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1940745606561115456",
      "id_str" : "1940750278778303974",
      "in_reply_to_user_id" : "8755881322287997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940750278778303974",
      "in_reply_to_status_id" : "1940745606561115456",
      "created_at" : "Thu Jul 03 12:31:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrthe_real14 Thanks! Our the 29 drivers work hard, and notes like this mean a lot. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrthe_real14",
      "in_reply_to_user_id_str" : "8755881322287997"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940614169445269618"
          ],
          "editableUntil" : "2025-07-03T04:30:47.520Z",
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
            "name" : "Dadjust49",
            "screen_name" : "dadjust49",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "12920699679599558",
            "id" : "12920699679599558"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1940609865245082076",
      "id_str" : "1940614169445269618",
      "in_reply_to_user_id" : "12920699679599558",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940614169445269618",
      "in_reply_to_status_id" : "1940609865245082076",
      "created_at" : "Thu Jul 03 03:30:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadjust49 Yes, the 31 runs until about 11 pm on weekdays. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadjust49",
      "in_reply_to_user_id_str" : "12920699679599558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940472229342772014"
          ],
          "editableUntil" : "2025-07-02T19:06:46.362Z",
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
        "139"
      ],
      "favorite_count" : "12",
      "id_str" : "1940472229342772014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940472229342772014",
      "created_at" : "Wed Jul 02 18:06:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Waiting at the VA clinic for the 7? It is about 5 minutes out. Our first try at live-posting a day on the 7 did not work.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940440252204131540"
          ],
          "editableUntil" : "2025-07-02T16:59:42.418Z",
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
            "name" : "Dadharbor38",
            "screen_name" : "dadharbor38",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "19894967046621784",
            "id" : "19894967046621784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1940384900298120580",
      "id_str" : "1940440252204131540",
      "in_reply_to_user_id" : "19894967046621784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940440252204131540",
      "in_reply_to_status_id" : "1940384900298120580",
      "created_at" : "Wed Jul 02 15:59:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadharbor38 Thanks for reaching out. We're sorry for the trouble. The 2:55 pm trip is our busiest. We've asked planning to add a bus. Thanks for riding with us! Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadharbor38",
      "in_reply_to_user_id_str" : "19894967046621784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940387210248813239"
          ],
          "editableUntil" : "2025-07-02T13:28:56.231Z",
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
              "199",
              "208"
            ]
          },
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
        "217"
      ],
      "favorite_count" : "19",
      "id_str" : "1940387210248813239",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940387210248813239",
      "created_at" : "Wed Jul 02 12:28:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Senior Center is finished and it looks great. The Fourth of July fireworks is this Monday at the Senior Center. Looks like fun. Fun fact: the 40 is the busiest route on Mondays! #FareFree #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940186431587029323"
          ],
          "editableUntil" : "2025-07-02T00:11:06.868Z",
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
      "favorite_count" : "10",
      "id_str" : "1940186431587029323",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940186431587029323",
      "created_at" : "Tue Jul 01 23:11:06 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Please be advised: the River Days festival is Wednesday. Buses will drop off at Main St &amp; Victory Pkwy, two blocks from the…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940117691013876307"
          ],
          "editableUntil" : "2025-07-01T19:37:57.838Z",
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
              "122",
              "131"
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
      "favorite_count" : "4",
      "id_str" : "1940117691013876307",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1940117691013876307",
      "created_at" : "Tue Jul 01 18:37:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at City Hall is fiinshed and it looks great. Proud of our team for getting the 14 back on schedule so fast. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940076123336741732"
          ],
          "editableUntil" : "2025-07-01T16:52:47.331Z",
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
            "url" : "https://t.co/AAqvBEvTRn",
            "expanded_url" : "https://www.rrta.example/meetings/new-trip-planner-4",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "7",
      "id_str" : "1940076123336741732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940076123336741732",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 01 15:52:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a rain-soaked afternoon along Bluff St. The new mural at Riverton Community College is finished and it looks great. https://t.co/AAqvBEvTRn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940065234214926349"
          ],
          "editableUntil" : "2025-07-01T16:09:31.162Z",
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
              "182",
              "194"
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
      "favorite_count" : "13",
      "id_str" : "1940065234214926349",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940065234214926349",
      "created_at" : "Tue Jul 01 15:09:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the St. Luke's Clinic shelter today: \"thank you for the bench.\" It made our week. Did you leave a keys on bus 2162? It's waiting for you at University Station. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940020371197845639"
          ],
          "editableUntil" : "2025-07-01T13:11:14.986Z",
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
        "147"
      ],
      "favorite_count" : "29",
      "id_str" : "1940020371197845639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940020371197845639",
      "created_at" : "Tue Jul 01 12:11:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from the ballpark on a clear morning. Follow this thread for updates on the Eastgate station rebuild!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939883382301637422"
          ],
          "editableUntil" : "2025-07-01T04:06:54.288Z",
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
      "favorite_count" : "6",
      "id_str" : "1939883382301637422",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1939883382301637422",
      "created_at" : "Tue Jul 01 03:06:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Please be advised: Riverton Regional Transit recognizes Ms. Pat for 15 years of exemplary service delivery on Route 61. O…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939798813304212914"
          ],
          "editableUntil" : "2025-06-30T22:30:51.467Z",
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
            "name" : "Sam Hey2003",
            "screen_name" : "sam_hey2003",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2176033592794263",
            "id" : "2176033592794263"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "258"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "1939796994065592649",
      "id_str" : "1939798813304212914",
      "in_reply_to_user_id" : "2176033592794263",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1939798813304212914",
      "in_reply_to_status_id" : "1939796994065592649",
      "created_at" : "Mon Jun 30 21:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_hey2003 Thanks for reaching out. We hear you. Saturday service on Route 5 is on the list for the next service change. You are right, I gave you the wrong stop. It is Kingsley Ave &amp; Lincoln Blvd. That is on me. Let us know if you need anything else. ☀️❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_hey2003",
      "in_reply_to_user_id_str" : "2176033592794263"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939684612133247591"
          ],
          "editableUntil" : "2025-06-30T14:57:03.786Z",
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
              "115",
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
        "125"
      ],
      "favorite_count" : "6",
      "id_str" : "1939684612133247591",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1939684612133247591",
      "created_at" : "Mon Jun 30 13:57:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Call it a foggy kind of afternoon. Extra buses for the Lantern Walk this Friday! Skip the parking and ride the 34. #busstop 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939322861636244546"
          ],
          "editableUntil" : "2025-06-29T14:59:35.747Z",
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
              "16",
              "27"
            ],
            "id_str" : "2786031205",
            "id" : "2786031205"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NKlyK1HPr6",
            "expanded_url" : "https://x.com/RivertonSchools/status/1939219072475925633",
            "display_url" : "x.com/RivertonSchools/sta…",
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
      "favorite_count" : "1",
      "id_str" : "1939322861636244546",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1939322861636244546",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jun 29 13:59:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivertonCC. Nothing beats the view of the river from Lakeside Plaza on a clear morning. https://t.co/NKlyK1HPr6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939312857635592407"
          ],
          "editableUntil" : "2025-06-29T14:19:50.607Z",
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
        "139"
      ],
      "favorite_count" : "16",
      "id_str" : "1939312857635592407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1939312857635592407",
      "created_at" : "Sun Jun 29 13:19:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Boardings on Route 7X reached 186 for the reporting period, exceeding established performance benchmarks. It's in the schedule.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939283686031443717"
          ],
          "editableUntil" : "2025-06-29T12:23:55.555Z",
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
            "name" : "Sameastgate3",
            "screen_name" : "sameastgate3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "26892922769264908",
            "id" : "26892922769264908"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1939282695652711891",
      "id_str" : "1939283686031443717",
      "in_reply_to_user_id" : "26892922769264908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939283686031443717",
      "in_reply_to_status_id" : "1939282695652711891",
      "created_at" : "Sun Jun 29 11:23:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@sameastgate3 Hey there! Thank you for sharing this! We'll pass it along to the 1 driver.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sameastgate3",
      "in_reply_to_user_id_str" : "26892922769264908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939026581117493681"
          ],
          "editableUntil" : "2025-06-28T19:22:16.967Z",
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
            "name" : "Dee Transitnerd",
            "screen_name" : "dee_transitnerd",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "17892904171103802",
            "id" : "17892904171103802"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1939020724918212757",
      "id_str" : "1939026581117493681",
      "in_reply_to_user_id" : "17892904171103802",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939026581117493681",
      "in_reply_to_status_id" : "1939020724918212757",
      "created_at" : "Sat Jun 28 18:22:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@dee_transitnerd Hey there! We apologize for the inconvenience. Sorry you got left behind. We're adding trips to the 40 this month. Have a great day! Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dee_transitnerd",
      "in_reply_to_user_id_str" : "17892904171103802"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938810710097692549"
          ],
          "editableUntil" : "2025-06-28T05:04:29.305Z",
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
            "name" : "Mom Northside19",
            "screen_name" : "mom_northside19",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "66490957900367523",
            "id" : "66490957900367523"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PlJkhKJXiE",
            "expanded_url" : "https://www.rrta.example/alerts/june-16-route-19",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1938802386290688293",
      "id_str" : "1938810710097692549",
      "in_reply_to_user_id" : "66490957900367523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938810710097692549",
      "in_reply_to_status_id" : "1938802386290688293",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jun 28 04:04:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@mom_northside19 Hi! We're looking at service to Canal District as part of the real-time arrival signs. Tell us more here: https://t.co/PlJkhKJXiE Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mom_northside19",
      "in_reply_to_user_id_str" : "66490957900367523"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938760446223808234"
          ],
          "editableUntil" : "2025-06-28T01:44:45.463Z",
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
        "136"
      ],
      "favorite_count" : "3",
      "id_str" : "1938760446223808234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938760446223808234",
      "created_at" : "Sat Jun 28 00:44:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the Route 9 redesign at Memorial Park on Friday at 5:25 am. Every route we run connects our community.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938597809509063404"
          ],
          "editableUntil" : "2025-06-27T14:58:29.849Z",
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
            "name" : "Rivertonnight",
            "screen_name" : "rivertonnight",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "66991077929967670",
            "id" : "66991077929967670"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1938597164661386629",
      "id_str" : "1938597809509063404",
      "in_reply_to_user_id" : "66991077929967670",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1938597809509063404",
      "in_reply_to_status_id" : "1938597164661386629",
      "created_at" : "Fri Jun 27 13:58:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertonnight Hi there! Take the 36 to Memorial Park, it's a short walk from there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertonnight",
      "in_reply_to_user_id_str" : "66991077929967670"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938597740424112103"
          ],
          "editableUntil" : "2025-06-27T14:58:13.378Z",
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
            "name" : "Transitnerdowl7",
            "screen_name" : "transitnerdowl7",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "57064785187910967",
            "id" : "57064785187910967"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1938596504675411251",
      "id_str" : "1938597740424112103",
      "in_reply_to_user_id" : "57064785187910967",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1938597740424112103",
      "in_reply_to_status_id" : "1938596504675411251",
      "created_at" : "Fri Jun 27 13:58:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerdowl7 Hey there! So sorry to hear about your morning. The 9:15 trip is our busiest. We have asked planning to add a bus.",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerdowl7",
      "in_reply_to_user_id_str" : "57064785187910967"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938582570985213480"
          ],
          "editableUntil" : "2025-06-27T13:57:56.702Z",
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
            "url" : "https://t.co/mwvR1VWgte",
            "expanded_url" : "https://x.com/RivFoodBank/status/1938491625511397851",
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
      "favorite_count" : "1",
      "id_str" : "1938582570985213480",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1938582570985213480",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 27 12:57:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Yes! Sky over Millworks Lofts: buzzing. The new mural at Millworks Lofts is finished and it looks great. https://t.co/mwvR1VWgte",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938438573154014141"
          ],
          "editableUntil" : "2025-06-27T04:25:44.944Z",
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
              "214",
              "223"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/55Jc9csqlp",
            "expanded_url" : "https://www.rrta.example/detours/route-26",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "21",
      "id_str" : "1938438573154014141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938438573154014141",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 27 03:25:44 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the Eastgate station rebuild. Take the 5-minute survey: https://t.co/55Jc9csqlp Experiment time: a meet-your-driver day on the Blue Line this month. Proud to serve Riverton riders every day. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938383703747038313"
          ],
          "editableUntil" : "2025-06-27T00:47:43.057Z",
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
      "favorite_count" : "8",
      "id_str" : "1938383703747038313",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1938383703747038313",
      "created_at" : "Thu Jun 26 23:47:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the chili cook-off. Nothin…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938346225081595429"
          ],
          "editableUntil" : "2025-06-26T22:18:47.447Z",
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
      "favorite_count" : "1",
      "id_str" : "1938346225081595429",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1938346225081595429",
      "created_at" : "Thu Jun 26 21:18:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Heading to the River Hawks home opener? Ride free with your ticket on Route 10 all day. We'll have extra service to the Job Center for the River Hawks home opener. Last bus back is at 8:55. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938331035079965510"
          ],
          "editableUntil" : "2025-06-26T21:18:25.869Z",
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
      "favorite_count" : "6",
      "id_str" : "1938331035079965510",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938331035079965510",
      "created_at" : "Thu Jun 26 20:18:25 +0000 2025",
      "favorited" : false,
      "full_text" : "If you ride the Airport Flyer through Oak Grove, your stop moved to Lakeview Dr until Friday. ❄️🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938296996839140842"
          ],
          "editableUntil" : "2025-06-26T19:03:10.520Z",
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
              "104",
              "114"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "115",
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
      "favorite_count" : "12",
      "id_str" : "1938296996839140842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938296996839140842",
      "created_at" : "Thu Jun 26 18:03:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Thank a bus driver today. Mr. Earl on Route 6 just hit 4 yaers with zero crashes. Sound good? #RiverDays #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938261586547044624"
          ],
          "editableUntil" : "2025-06-26T16:42:28.048Z",
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
            "name" : "Maria K2004",
            "screen_name" : "maria_k2004",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "11110924581999589",
            "id" : "11110924581999589"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "10",
      "id_str" : "1938261586547044624",
      "in_reply_to_user_id" : "11110924581999589",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1938261586547044624",
      "created_at" : "Thu Jun 26 15:42:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_k2004 Hi there! We apologize for the delay. That shouldn't happen at Kenwood Ave &amp; Harbor Dr. Can you send us the time and direction so we can follow up?",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_k2004",
      "in_reply_to_user_id_str" : "11110924581999589"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938062470878170245"
          ],
          "editableUntil" : "2025-06-26T03:31:15.173Z",
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
              "106",
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
        "122"
      ],
      "favorite_count" : "13",
      "id_str" : "1938062470878170245",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1938062470878170245",
      "created_at" : "Thu Jun 26 02:31:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Ms. Janelle has driven Route 30 for 26 years and still knows every regular by name. You all are the best. #accessibility 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938005514055117425"
          ],
          "editableUntil" : "2025-06-25T23:44:55.609Z",
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
            "name" : "Sam Coffee80",
            "screen_name" : "sam_coffee80",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "58529212884962095",
            "id" : "58529212884962095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1938004045816250841",
      "id_str" : "1938005514055117425",
      "in_reply_to_user_id" : "58529212884962095",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1938005514055117425",
      "in_reply_to_status_id" : "1938004045816250841",
      "created_at" : "Wed Jun 25 22:44:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_coffee80 Thanks for reaching out. We're sorry this happened. Thanks, we've sent a crew to Wabash Ave &amp; Canal St. Follow us for live updates on Route 61. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_coffee80",
      "in_reply_to_user_id_str" : "58529212884962095"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937995613037913102"
          ],
          "editableUntil" : "2025-06-25T23:05:35.022Z",
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
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1937995613037913102",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1937995613037913102",
      "created_at" : "Wed Jun 25 22:05:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Please be advised: the Lantern Walk is this Wednesday at Memorial Park. Looks like fun. Riverton is beautiful today. Perfect…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937694519629121088"
          ],
          "editableUntil" : "2025-06-25T03:09:08.759Z",
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
      "favorite_count" : "33",
      "id_str" : "1937694519629121088",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937694519629121088",
      "created_at" : "Wed Jun 25 02:09:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Please be advised: Riverton Regional Transit recognizes Ms. Carla for 7 years of exemplary service delivery on Route 22.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937565386504073164"
          ],
          "editableUntil" : "2025-06-24T18:36:01.023Z",
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
      "favorite_count" : "23",
      "id_str" : "1937565386504073164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937565386504073164",
      "created_at" : "Tue Jun 24 17:36:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Nothing beats the view of the river from City Hall on a clear morning. Municipal offices will obsreve modified operati…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937556543671493920"
          ],
          "editableUntil" : "2025-06-24T18:00:52.728Z",
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
            "name" : "Coffee Just4",
            "screen_name" : "coffee_just4",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "6949676807282371",
            "id" : "6949676807282371"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1937555310987587109",
      "id_str" : "1937556543671493920",
      "in_reply_to_user_id" : "6949676807282371",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1937556543671493920",
      "in_reply_to_status_id" : "1937555310987587109",
      "created_at" : "Tue Jun 24 17:00:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_just4 Thanks, we've sent a crew to Westgate Blvd &amp; Kingsley Ave. We're working on it together with operations.",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_just4",
      "in_reply_to_user_id_str" : "6949676807282371"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937537852486888245"
          ],
          "editableUntil" : "2025-06-24T16:46:36.402Z",
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
              "132",
              "148"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/xLcQ8Lwtxv",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "108",
              "131"
            ]
          },
          {
            "url" : "https://t.co/QMyULR1WqE",
            "expanded_url" : "https://x.com/RivDowntown/status/1937422301372676269",
            "display_url" : "x.com/RivDowntown/status/…",
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
      "favorite_count" : "8",
      "id_str" : "1937537852486888245",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937537852486888245",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 24 15:46:36 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 the Harvest Market is this Wednesday at Lakeside Plaza. Looks like fun. Appreciate every one of you. https://t.co/xLcQ8Lwtxv #RivertonTransit https://t.co/QMyULR1WqE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937494629834188873"
          ],
          "editableUntil" : "2025-06-24T13:54:51.318Z",
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
      "id_str" : "1937494629834188873",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1937494629834188873",
      "created_at" : "Tue Jun 24 12:54:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the cou…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937486992250413140"
          ],
          "editableUntil" : "2025-06-24T13:24:30.377Z",
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
            "name" : "Jess Hey1956",
            "screen_name" : "jess_hey1956",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "10397403230521644",
            "id" : "10397403230521644"
          },
          {
            "name" : "Aisha Bello",
            "screen_name" : "aishabello",
            "indices" : [
              "150",
              "161"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YafonVXGHd",
            "expanded_url" : "https://www.rrta.example/detours/route-25",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1937483573921509085",
      "id_str" : "1937486992250413140",
      "in_reply_to_user_id" : "10397403230521644",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1937486992250413140",
      "in_reply_to_status_id" : "1937483573921509085",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 24 12:24:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@jess_hey1956 Hey! We are looking at service to Millbrook as part of the Northside network plan. Tell us more here: https://t.co/YafonVXGHd Thanks to @aishabello on our ops team for tracking this down. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_hey1956",
      "in_reply_to_user_id_str" : "10397403230521644"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1937281520670220413",
          "editControlInitial" : {
            "editTweetIds" : [
              "1937281520670220413",
              "1937291202503233526"
            ],
            "editableUntil" : "2025-06-23T23:48:02.134Z",
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
              "107",
              "116"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "117",
              "133"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "21",
      "id_str" : "1937291202503233526",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1937291202503233526",
      "created_at" : "Mon Jun 23 23:26:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 32 carried 183 rides last week, up 12% from last year. Thank you, Riverton! Anyone else seeing this? #RideRRTA #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937281520670220413",
            "1937291202503233526"
          ],
          "editableUntil" : "2025-06-23T23:48:02.134Z",
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
              "107",
              "116"
            ]
          },
          {
            "text" : "RivertonTransit",
            "indices" : [
              "117",
              "133"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "id_str" : "1937281520670220413",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1937281520670220413",
      "created_at" : "Mon Jun 23 22:48:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 32 carried 183 rides last week, up 12% from last year. Thank you, Riverton! Anyone else seieng this? #RideRRTA #RivertonTransit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937200210881016769"
          ],
          "editableUntil" : "2025-06-23T18:24:56.370Z",
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
        "139"
      ],
      "favorite_count" : "15",
      "id_str" : "1937200210881016769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937200210881016769",
      "created_at" : "Mon Jun 23 17:24:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: The art crawl is this Tuesday at Riverton General Hospital. Looks like fun. We could not do this without our operators and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937184297715731834"
          ],
          "editableUntil" : "2025-06-23T17:21:42.376Z",
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
            "name" : "Ztransitnerd198",
            "screen_name" : "ztransitnerd198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "57352535648694159",
            "id" : "57352535648694159"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1936586555041166973",
      "id_str" : "1937184297715731834",
      "in_reply_to_user_id" : "57352535648694159",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1937184297715731834",
      "in_reply_to_status_id" : "1936586555041166973",
      "created_at" : "Mon Jun 23 16:21:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@ztransitnerd198 Thanks for reaching out. Yes, Route 33 runs until about 11 pm on weekdays. Let us know if you need anything else. 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "ztransitnerd198",
      "in_reply_to_user_id_str" : "57352535648694159"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937168166374829510"
          ],
          "editableUntil" : "2025-06-23T16:17:36.364Z",
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
            "name" : "The Real Dad6",
            "screen_name" : "the_real_dad6",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "35192073885430920",
            "id" : "35192073885430920"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1936531898538080612",
      "id_str" : "1937168166374829510",
      "in_reply_to_user_id" : "35192073885430920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937168166374829510",
      "in_reply_to_status_id" : "1936531898538080612",
      "created_at" : "Mon Jun 23 15:17:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_dad6 Hi! The app can lag when buses lose GPS near Garfield Ave. We have told our tech team. Good point, I had not thought of that. Safe travels! 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_dad6",
      "in_reply_to_user_id_str" : "35192073885430920"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937160515741410384"
          ],
          "editableUntil" : "2025-06-23T15:47:12.311Z",
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
        "160"
      ],
      "favorite_count" : "4",
      "id_str" : "1937160515741410384",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937160515741410384",
      "created_at" : "Mon Jun 23 14:47:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Stay safe in the thunderstorm. Warming buses are parked at Eastgate Transit Center and St. Luke's Clinic. Every route we run connects our community. 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937160147354853232"
          ],
          "editableUntil" : "2025-06-23T15:45:44.481Z",
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
            "name" : "Tjdee1974",
            "screen_name" : "tjdee1974",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "11868664117884209",
            "id" : "11868664117884209"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1937007916262972677",
      "id_str" : "1937160147354853232",
      "in_reply_to_user_id" : "11868664117884209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937160147354853232",
      "in_reply_to_status_id" : "1937007916262972677",
      "created_at" : "Mon Jun 23 14:45:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjdee1974 We're sorry for the trouble. Sorry you got left behind. We're adding trips to the 3 this month. Stay warm out there! ❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjdee1974",
      "in_reply_to_user_id_str" : "11868664117884209"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937153580941715600"
          ],
          "editableUntil" : "2025-06-23T15:19:38.926Z",
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
            "name" : "Owljess",
            "screen_name" : "owljess",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "32094918127825462",
            "id" : "32094918127825462"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1937121830267432437",
      "id_str" : "1937153580941715600",
      "in_reply_to_user_id" : "32094918127825462",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1937153580941715600",
      "in_reply_to_status_id" : "1937121830267432437",
      "created_at" : "Mon Jun 23 14:19:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@owljess Sorry you got left behind. We're adding trips to the 29 this month. Enjoy the ride! Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "owljess",
      "in_reply_to_user_id_str" : "32094918127825462"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936761755318694862"
          ],
          "editableUntil" : "2025-06-22T13:22:40.418Z",
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
      "id_str" : "1936761755318694862",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1936761755318694862",
      "created_at" : "Sun Jun 22 12:22:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Ms. Dorothy humming along. Come tell us what you think about the bus stop audit at the fairgrounds on Wednesday at 2:05. 🚏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936547852989264874"
          ],
          "editableUntil" : "2025-06-21T23:12:42.128Z",
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
            "name" : "Owl Sam",
            "screen_name" : "owl_sam",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1099081222421070",
            "id" : "1099081222421070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1936546182763368178",
      "id_str" : "1936547852989264874",
      "in_reply_to_user_id" : "1099081222421070",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1936547852989264874",
      "in_reply_to_status_id" : "1936546182763368178",
      "created_at" : "Sat Jun 21 22:12:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_sam We apologize for the inconvenience. That shouldn't happen at Grand Ave &amp; 3rd Ave. Can you send us the time and direction so we can follow up? Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_sam",
      "in_reply_to_user_id_str" : "1099081222421070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936414962691693918"
          ],
          "editableUntil" : "2025-06-21T14:24:38.612Z",
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
              "212",
              "222"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "223",
              "238"
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
      "favorite_count" : "9",
      "id_str" : "1936414962691693918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936414962691693918",
      "created_at" : "Sat Jun 21 13:24:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: the River Days festival is this Monday at Northside Mall. Looks like fun. Saw 223 people at Northside Mall for the River Days festival. Riverton, you showed up! Any questions, just reply here. #RiverDays #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936147931615085010"
          ],
          "editableUntil" : "2025-06-20T20:43:33.443Z",
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
            "name" : "The Realsam1973",
            "screen_name" : "the_realsam1973",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "49464182808187581",
            "id" : "49464182808187581"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1936146830688682780",
      "id_str" : "1936147931615085010",
      "in_reply_to_user_id" : "49464182808187581",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936147931615085010",
      "in_reply_to_status_id" : "1936146830688682780",
      "created_at" : "Fri Jun 20 19:43:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realsam1973 Sorry to hear about the trouble today. Route 4 had a big crowd after the game and is catching up now. Next bus is 7 minutes out. Hope that helps! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realsam1973",
      "in_reply_to_user_id_str" : "49464182808187581"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936112165638158584"
          ],
          "editableUntil" : "2025-06-20T18:21:26.169Z",
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
            "name" : "Nursesam97",
            "screen_name" : "nursesam97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4863584672939188",
            "id" : "4863584672939188"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1936111116746343627",
      "id_str" : "1936112165638158584",
      "in_reply_to_user_id" : "4863584672939188",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1936112165638158584",
      "in_reply_to_status_id" : "1936111116746343627",
      "created_at" : "Fri Jun 20 17:21:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursesam97 Thanks for reaching out. So sorry to hear about your morning. Route 15 had road work and is catching up now. Next bus is 15 minutes out. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursesam97",
      "in_reply_to_user_id_str" : "4863584672939188"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935771964342187517"
          ],
          "editableUntil" : "2025-06-19T19:49:35.860Z",
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
      "favorite_count" : "2",
      "id_str" : "1935771964342187517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935771964342187517",
      "created_at" : "Thu Jun 19 18:49:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Please be advised: Found a note taped in the Oak Ave &amp; Bluff St shelter today: \"thank you for the bench.\" It made our…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935383238383186395"
          ],
          "editableUntil" : "2025-06-18T18:04:56.369Z",
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
              "148",
              "157"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "158",
              "167"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/6EX8JlSHLv",
            "expanded_url" : "https://www.rrta.example/news/family-day-at-the-zoo",
            "display_url" : "www.rrta.example/news/fam…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "11",
      "id_str" : "1935383238383186395",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1935383238383186395",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 18 17:04:56 +0000 2025",
      "favorited" : false,
      "full_text" : "A foggy evening on Route 14, as promised. Progress on the new trip planner in Riverbend: the first 211 signs are installed. https://t.co/6EX8JlSHLv #Riverton #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935144692774364333"
          ],
          "editableUntil" : "2025-06-18T02:17:02.664Z",
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
            "name" : "Marianorthside",
            "screen_name" : "marianorthside",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "54519190503200328",
            "id" : "54519190503200328"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1935138247357357969",
      "id_str" : "1935144692774364333",
      "in_reply_to_user_id" : "54519190503200328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935144692774364333",
      "in_reply_to_status_id" : "1935138247357357969",
      "created_at" : "Wed Jun 18 01:17:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@marianorthside Route 24 had a lane closure and is catching up now. Next bus is 10 minutes out. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marianorthside",
      "in_reply_to_user_id_str" : "54519190503200328"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935094367224553876"
          ],
          "editableUntil" : "2025-06-17T22:57:04.118Z",
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
              "105",
              "114"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "115",
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
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1935094367224553876",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1935094367224553876",
      "created_at" : "Tue Jun 17 21:57:04 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start June 18. The 34 will come every 25 minutes on weekdays. Appreciate every one of you. #Riverton #RiverDays 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935006769710570223"
          ],
          "editableUntil" : "2025-06-17T17:08:59.243Z",
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
              "111",
              "125"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/p2EKH6hEJc",
            "expanded_url" : "https://www.rrta.example/schedules/june-18",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "13",
      "id_str" : "1935006769710570223",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935006769710570223",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 17 16:08:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Detour on Route 1: buses go around Willow Rd and pick up at Willow Rd &amp; Bluff St. Map: https://t.co/p2EKH6hEJc #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935000444523171373"
          ],
          "editableUntil" : "2025-06-17T16:43:51.201Z",
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
              "117",
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
        "128"
      ],
      "favorite_count" : "34",
      "id_str" : "1935000444523171373",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1935000444523171373",
      "created_at" : "Tue Jun 17 15:43:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen the Job Center on a cozy morning? Worth it. Route 36 carried 4,711 rides last week, up 14% from last year. #FareFree 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934947864294411624"
          ],
          "editableUntil" : "2025-06-17T13:14:55.097Z",
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
        "139"
      ],
      "favorite_count" : "14",
      "id_str" : "1934947864294411624",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1934947864294411624",
      "created_at" : "Tue Jun 17 12:14:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Sky over the VA clinic: buzzing. Saw 35,627 people at the VA clinic for the Memorial Day ceremony. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934770179480490864"
          ],
          "editableUntil" : "2025-06-17T01:28:51.736Z",
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
            "url" : "https://t.co/8CeLM1kfDi",
            "expanded_url" : "https://x.com/RivertonCity/status/1934248589834253745",
            "display_url" : "x.com/RivertonCity/status…",
            "indices" : [
              "201",
              "224"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "3",
      "id_str" : "1934770179480490864",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1934770179480490864",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 17 00:28:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Cedar Heights. If you ride Route 14 through Cedar Heights, your stop moved to Railroad Ave until Friday. Proud of our team for getting Route 14 back on schedule so fast. What do you think? https://t.co/8CeLM1kfDi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934616409609708712"
          ],
          "editableUntil" : "2025-06-16T15:17:50.142Z",
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
            "name" : "Mikeharbor2001",
            "screen_name" : "mikeharbor2001",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "25307580617435269",
            "id" : "25307580617435269"
          },
          {
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "132",
              "144"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1934615063865605865",
      "id_str" : "1934616409609708712",
      "in_reply_to_user_id" : "25307580617435269",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1934616409609708712",
      "in_reply_to_status_id" : "1934615063865605865",
      "created_at" : "Mon Jun 16 14:17:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@mikeharbor2001 Hi there! Ugh, sorry to hear that. Sorry you got left behind. We're adding trips to Route 31A this month. Thanks to @victor_lang on our ops team for tracking this down. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mikeharbor2001",
      "in_reply_to_user_id_str" : "25307580617435269"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934392491160082418"
          ],
          "editableUntil" : "2025-06-16T00:28:03.824Z",
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
        "107"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1934392188011900887",
      "id_str" : "1934392491160082418",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934392491160082418",
      "in_reply_to_status_id" : "1934392188011900887",
      "created_at" : "Sun Jun 15 23:28:03 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ We will have extra service to Millworks Lofts for the St. Patrick's parade. Last bus back is at 7:15 am.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934392188011900887"
          ],
          "editableUntil" : "2025-06-16T00:26:51.547Z",
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
        "122"
      ],
      "favorite_count" : "4",
      "id_str" : "1934392188011900887",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1934392188011900887",
      "created_at" : "Sun Jun 15 23:26:51 +0000 2025",
      "favorited" : false,
      "full_text" : "The River Hawks home opener is this Monday at the fairgrounds. Looks like fun. Anyone else seeing this? #RivertonTransit 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934353238769619531"
          ],
          "editableUntil" : "2025-06-15T21:52:05.324Z",
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
            "name" : "Jessmike1991",
            "screen_name" : "jessmike1991",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "44871937537648691",
            "id" : "44871937537648691"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1934349324344198467",
      "id_str" : "1934353238769619531",
      "in_reply_to_user_id" : "44871937537648691",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1934353238769619531",
      "in_reply_to_status_id" : "1934349324344198467",
      "created_at" : "Sun Jun 15 20:52:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessmike1991 Sorry about the double charge on Route 13. DM us your card number and we'll refund it. Appreciate you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessmike1991",
      "in_reply_to_user_id_str" : "44871937537648691"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934061788799074306"
          ],
          "editableUntil" : "2025-06-15T02:33:58.237Z",
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
            "name" : "Zmr",
            "screen_name" : "zmr",
            "indices" : [
              "0",
              "4"
            ],
            "id_str" : "29989259549865161",
            "id" : "29989259549865161"
          },
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "128",
              "138"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1934059455792830667",
      "id_str" : "1934061788799074306",
      "in_reply_to_user_id" : "29989259549865161",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1934061788799074306",
      "in_reply_to_status_id" : "1934059455792830667",
      "created_at" : "Sun Jun 15 01:33:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@zmr Hey there! Sorry to hear about the trouble today. The bench at Lakeside Plaza is coming back next week, promise. Thanks to @bencarter on our ops team for tracking this down. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zmr",
      "in_reply_to_user_id_str" : "29989259549865161"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933548432318244182"
          ],
          "editableUntil" : "2025-06-13T16:34:04.514Z",
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
      "favorite_count" : "4",
      "id_str" : "1933548432318244182",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1933548432318244182",
      "created_at" : "Fri Jun 13 15:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show. Not my area of e…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933535843750169511"
          ],
          "editableUntil" : "2025-06-13T15:44:03.165Z",
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
        "108"
      ],
      "favorite_count" : "18",
      "id_str" : "1933535843750169511",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1933535843750169511",
      "created_at" : "Fri Jun 13 14:44:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Buses on the 28 are about 30 min behind right now (a flat tire). Thanks for your patience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933519988651421557"
          ],
          "editableUntil" : "2025-06-13T14:41:03.015Z",
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
              "135",
              "143"
            ]
          },
          {
            "text" : "RideRRTA",
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
        "156"
      ],
      "favorite_count" : "8",
      "id_str" : "1933519988651421557",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1933519988651421557",
      "created_at" : "Fri Jun 13 13:41:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a jacket on bus 2129? It's waiting for you at Southport Station. Buses get our residents to jobs, school and the doctor. #busstop #RideRRTA ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933516540044593427"
          ],
          "editableUntil" : "2025-06-13T14:27:20.803Z",
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
              "228",
              "240"
            ]
          },
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
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "157",
              "167"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "0",
      "id_str" : "1933516540044593427",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1933516540044593427",
      "created_at" : "Fri Jun 13 13:27:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 20 cannot get down Quarry Rd today (sidewalk work), so it is using Monroe St. You all asked, so here is a thread on the winter service plan. Teamwork: @bencarter and our ops crew sorted out the Route 20 detour in an hour. #DetourAlert #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933461796769368673"
          ],
          "editableUntil" : "2025-06-13T10:49:48.989Z",
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
            "name" : "Mike Kat",
            "screen_name" : "mike_kat",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "32698792818721993",
            "id" : "32698792818721993"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1933460273943837124",
      "id_str" : "1933461796769368673",
      "in_reply_to_user_id" : "32698792818721993",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1933461796769368673",
      "in_reply_to_status_id" : "1933460273943837124",
      "created_at" : "Fri Jun 13 09:49:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_kat Thanks for reaching out. The last 61 leaves Harbor Point Station at 11:55 am on weekdays. I can tell you with certainty that the 61 is on schedule. 🙏🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_kat",
      "in_reply_to_user_id_str" : "32698792818721993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933352046405309977"
          ],
          "editableUntil" : "2025-06-13T03:33:42.464Z",
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
      "id_str" : "1933352046405309977",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1933352046405309977",
      "created_at" : "Fri Jun 13 02:33:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Please be advised: Nothing beats the view of the river from Harbor Point on a clear morning. Update: earlier I said th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933305077814660554"
          ],
          "editableUntil" : "2025-06-13T00:27:04.279Z",
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
      "favorite_count" : "11",
      "id_str" : "1933305077814660554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933305077814660554",
      "created_at" : "Thu Jun 12 23:27:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: Everything about this commute feels sleepy. More people are riding: 31,189 trips on Monday alone. Boardings on Route 61 rea…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932910599483300764"
          ],
          "editableUntil" : "2025-06-11T22:19:33.316Z",
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
        "125"
      ],
      "favorite_count" : "4",
      "id_str" : "1932910599483300764",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1932910599483300764",
      "created_at" : "Wed Jun 11 21:19:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts June 12: once you've paid $5 in a day, the rest of your rides are free. You all are the best. Make sense?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932905093215285316"
          ],
          "editableUntil" : "2025-06-11T21:57:40.519Z",
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
          },
          {
            "name" : "Riverton Parks",
            "screen_name" : "RivertonParks",
            "indices" : [
              "105",
              "119"
            ],
            "id_str" : "2030977684",
            "id" : "2030977684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "2",
      "id_str" : "1932905093215285316",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1932905093215285316",
      "created_at" : "Wed Jun 11 20:57:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Saw 191 people at Harbor Point for the River Days festival. Riverton, you showed up! Via @RivertonParks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932835408977152459"
          ],
          "editableUntil" : "2025-06-11T17:20:46.502Z",
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
      "favorite_count" : "17",
      "id_str" : "1932835408977152459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932835408977152459",
      "created_at" : "Wed Jun 11 16:20:46 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Municipal offices will observe modified operating hours on Tuesday in connection with Family Day at the zoo. Correctio…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932781578171082077"
          ],
          "editableUntil" : "2025-06-11T13:46:52.238Z",
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
              "207",
              "217"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "218",
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
      "favorite_count" : "3",
      "id_str" : "1932781578171082077",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932781578171082077",
      "created_at" : "Wed Jun 11 12:46:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 11,844 people at the VA clinic for the Cinco de Mayo festival. Riverton, you showed up! Our first try at a late bus after the Cinco de Mayo festival didn't work. Lesson learned, round two starts Monday. #RiverDays #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932553032790399771"
          ],
          "editableUntil" : "2025-06-10T22:38:42.773Z",
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
              "68",
              "77"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "78",
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
      "favorite_count" : "7",
      "id_str" : "1932553032790399771",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1932553032790399771",
      "created_at" : "Tue Jun 10 21:38:42 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Amtrak station is finished and it looks great. #RideRRTA #accessibility ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932463634914906853"
          ],
          "editableUntil" : "2025-06-10T16:43:28.658Z",
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
            "name" : "Mikeoldmill1958",
            "screen_name" : "mikeoldmill1958",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "44079755151980874",
            "id" : "44079755151980874"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "1932447339883202353",
      "id_str" : "1932463634914906853",
      "in_reply_to_user_id" : "44079755151980874",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932463634914906853",
      "in_reply_to_status_id" : "1932447339883202353",
      "created_at" : "Tue Jun 10 15:43:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@mikeoldmill1958 Items found on buses go to Harbor Point Station within a day. Give them a call at 555-0142.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mikeoldmill1958",
      "in_reply_to_user_id_str" : "44079755151980874"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932416798106818374"
          ],
          "editableUntil" : "2025-06-10T13:37:21.893Z",
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
      "favorite_count" : "0",
      "id_str" : "1932416798106818374",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1932416798106818374",
      "created_at" : "Tue Jun 10 12:37:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Plot twist: the busiest stop on Route 7X isn't downtown, it's Millworks Lofts. Did you leave a lunch box on bus 1977? It's waiting for you at Northside Transfer Center. Proud to serve Riverton riders every day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932400310714151662"
          ],
          "editableUntil" : "2025-06-10T12:31:50.992Z",
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
      "favorite_count" : "7",
      "id_str" : "1932400310714151662",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932400310714151662",
      "created_at" : "Tue Jun 10 11:31:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Accessibility enhancements at the State St &amp; Victory Pkwy boarding location have been completed in accordance with applic…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1932191666259294566",
          "editControlInitial" : {
            "editTweetIds" : [
              "1932191666259294566",
              "1932196733223200654"
            ],
            "editableUntil" : "2025-06-09T22:42:46.278Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "147",
              "155"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Zp0IKWUL4a",
            "expanded_url" : "https://www.rrta.example/alerts/june-22-route-31a",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "7",
      "id_str" : "1932196733223200654",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1932196733223200654",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 09 22:02:54 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked about the reduced fare program. Here's where it stands: crews poured the last concrete pad. Thank you, Riverton! https://t.co/Zp0IKWUL4a #transit 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932191666259294566",
            "1932196733223200654"
          ],
          "editableUntil" : "2025-06-09T22:42:46.278Z",
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
              "147",
              "155"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/0n1GEmLQIc",
            "expanded_url" : "https://www.rrta.example/alerts/june-22-route-31a",
            "display_url" : "www.rrta.example/alerts/j…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "id_str" : "1932191666259294566",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932191666259294566",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 09 21:42:46 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked abuot the reduced fare program. Here's where it stands: crews poured the last concrete pad. Thank you, Riverton! https://t.co/0n1GEmLQIc #transit 😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932066353281234578"
          ],
          "editableUntil" : "2025-06-09T14:24:49.336Z",
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
              "200",
              "209"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "210",
              "224"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "152",
              "168"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/RaQR0m9ygZ",
            "expanded_url" : "https://x.com/RivertonSchools/status/1931558934076152178",
            "display_url" : "x.com/RivertonSchools/sta…",
            "indices" : [
              "225",
              "248"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "8",
      "id_str" : "1932066353281234578",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1932066353281234578",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 09 13:24:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. The ramp on bus 1560 is fixed and back in service on Route 18. Experiment time: a text line for Route 18 on Route 18 this month. Kudos to @RivertonLibrary for the joint safety campaign. #Riverton #accessibility https://t.co/RaQR0m9ygZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931689823050926808"
          ],
          "editableUntil" : "2025-06-08T13:28:37.533Z",
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
            "name" : "Busriderlakesid",
            "screen_name" : "busriderlakesid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "28170582374063877",
            "id" : "28170582374063877"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1931686804868680716",
      "id_str" : "1931689823050926808",
      "in_reply_to_user_id" : "28170582374063877",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931689823050926808",
      "in_reply_to_status_id" : "1931686804868680716",
      "created_at" : "Sun Jun 08 12:28:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderlakesid Hello! Thanks, Riverton General Hospital is closed for work. We've asked the trip planner folks to fix it. Follow us for live updates on Route 32. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderlakesid",
      "in_reply_to_user_id_str" : "28170582374063877"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931063563429431906"
          ],
          "editableUntil" : "2025-06-06T20:00:05.604Z",
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
      "favorite_count" : "18",
      "id_str" : "1931063563429431906",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1931063563429431906",
      "created_at" : "Fri Jun 06 19:00:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Please be advised: Effective June 11, the service change implementation will optimize headways on the 38 to enhance netwo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930979783005425539"
          ],
          "editableUntil" : "2025-06-06T14:27:10.794Z",
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
      "favorite_count" : "5",
      "id_str" : "1930979783005425539",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1930979783005425539",
      "created_at" : "Fri Jun 06 13:27:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Please be advised: Implementation of the microtransit zone in Southport continues to progress consistent with established…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930819367106866012"
          ],
          "editableUntil" : "2025-06-06T03:49:44.664Z",
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
            "url" : "https://t.co/53boQKUOp3",
            "expanded_url" : "https://www.rrta.example/detours/route-24",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1930819367106866012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930819367106866012",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 06 02:49:44 +0000 2025",
      "favorited" : false,
      "full_text" : "18% of our riders use the bus to get to work. That's a lot of commutes. Proud to serve Riverton riders every day. https://t.co/53boQKUOp3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930690503831272293"
          ],
          "editableUntil" : "2025-06-05T19:17:41.265Z",
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
            "name" : "Nurse Prof2001",
            "screen_name" : "nurse_prof2001",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "68759896956498747",
            "id" : "68759896956498747"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1930688347570520740",
      "id_str" : "1930690503831272293",
      "in_reply_to_user_id" : "68759896956498747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930690503831272293",
      "in_reply_to_status_id" : "1930688347570520740",
      "created_at" : "Thu Jun 05 18:17:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurse_prof2001 Hey! Take the 3 to Central Station, it is a short walk from there. Have a good one! 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurse_prof2001",
      "in_reply_to_user_id_str" : "68759896956498747"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930399314831256597"
          ],
          "editableUntil" : "2025-06-05T00:00:36.397Z",
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
              "257",
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
        "267"
      ],
      "favorite_count" : "2",
      "id_str" : "1930399314831256597",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930399314831256597",
      "created_at" : "Wed Jun 04 23:00:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Overheard on the Blue Line this morning: \"this bus is my thinking time.\" Paratransit trips for Thursday can be booked until 7:30 am today. Call or use the app. I stand corrected: a rider pointed out the Tower Rd &amp; River Rd stop moved to Vine St. Thank you! #busstop ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930326182486149186"
          ],
          "editableUntil" : "2025-06-04T19:10:00.287Z",
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
        "192"
      ],
      "favorite_count" : "52",
      "in_reply_to_status_id_str" : "1930325237596174716",
      "id_str" : "1930326182486149186",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930326182486149186",
      "in_reply_to_status_id" : "1930325237596174716",
      "created_at" : "Wed Jun 04 18:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Reminder: We will have extra service to the Food Co-op for the St. Patrick's parade. Last bus back is at 5:15 am. This is why transit matters: a nurse on the 24 gets to her shift on time. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930325237596174716"
          ],
          "editableUntil" : "2025-06-04T19:06:15.008Z",
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
        "152"
      ],
      "favorite_count" : "6",
      "id_str" : "1930325237596174716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930325237596174716",
      "created_at" : "Wed Jun 04 18:06:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The 20 can't get down Market St today (a parade), so it's using Union St. Buses get our residents to jobs, school and the doctor. Questions? Just ask! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930267058168088749"
          ],
          "editableUntil" : "2025-06-04T15:15:03.951Z",
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
            "name" : "Skatertj2004",
            "screen_name" : "skatertj2004",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "55471405566333755",
            "id" : "55471405566333755"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1930220406385240223",
      "id_str" : "1930267058168088749",
      "in_reply_to_user_id" : "55471405566333755",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1930267058168088749",
      "in_reply_to_status_id" : "1930220406385240223",
      "created_at" : "Wed Jun 04 14:15:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@skatertj2004 Thanks for reaching out. Thanks for flagging. Crews are on the way. Use the Nicollet Ave ramp for now. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skatertj2004",
      "in_reply_to_user_id_str" : "55471405566333755"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929939940602435613"
          ],
          "editableUntil" : "2025-06-03T17:35:13.046Z",
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
            "name" : "Marianight42",
            "screen_name" : "marianight42",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "15736921704669749",
            "id" : "15736921704669749"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1929682956670834100",
      "id_str" : "1929939940602435613",
      "in_reply_to_user_id" : "15736921704669749",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929939940602435613",
      "in_reply_to_status_id" : "1929682956670834100",
      "created_at" : "Tue Jun 03 16:35:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@marianight42 Hey! Sorry to hear that. We know the 32 arrivals have been off. A fix is going in this week. Follow us for live updates on the 32. Let us know if you need anything else. 😄❤️",
      "lang" : "en",
      "in_reply_to_screen_name" : "marianight42",
      "in_reply_to_user_id_str" : "15736921704669749"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929896815889318966"
          ],
          "editableUntil" : "2025-06-03T14:43:51.313Z",
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
        "213"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1929895815214988608",
      "id_str" : "1929896815889318966",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929896815889318966",
      "in_reply_to_status_id" : "1929895815214988608",
      "created_at" : "Tue Jun 03 13:43:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Thursday can be booked until 7:10 am today. Call or use the app. Great question! I don't know offhand, but our operatoins team does. Checking now. Every route we run connects our community. 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929895815214988608"
          ],
          "editableUntil" : "2025-06-03T14:39:52.734Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
            "indices" : [
              "217",
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
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "1929894334857942062",
      "id_str" : "1929895815214988608",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1929895815214988608",
      "in_reply_to_status_id" : "1929894334857942062",
      "created_at" : "Tue Jun 03 13:39:52 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Reminder: Found a note taped in the Water St &amp; Maple St shelter today: \"thank you for the bench.\" It made our week. The river looks buzzing today. Starting June 11, Route 41 will stop at Water St &amp; Maple St again. #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929894334857942062"
          ],
          "editableUntil" : "2025-06-03T14:33:59.789Z",
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
        "164"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1929894072440587496",
      "id_str" : "1929894334857942062",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929894334857942062",
      "in_reply_to_status_id" : "1929894072440587496",
      "created_at" : "Tue Jun 03 13:33:59 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Come tell us what you think about the reduced fare program at Millworks Lofts on Friday at 7:05 am. Experiment time: a meet-your-driver day on the 61 this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929894072440587496"
          ],
          "editableUntil" : "2025-06-03T14:32:57.224Z",
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
      "favorite_count" : "6",
      "id_str" : "1929894072440587496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929894072440587496",
      "created_at" : "Tue Jun 03 13:32:57 +0000 2025",
      "favorited" : false,
      "full_text" : "The 22 riders: the stop at Market St &amp; Franklin St is closed this week. Walk one block to Grand Ave. Update: earlier I said the survey closes Thursday. It closes Monday. My mistake. 😀 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929870163214092070"
          ],
          "editableUntil" : "2025-06-03T12:57:56.821Z",
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
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1929868779597897445",
      "id_str" : "1929870163214092070",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929870163214092070",
      "in_reply_to_status_id" : "1929868779597897445",
      "created_at" : "Tue Jun 03 11:57:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Road work on Park Ave means the Blue Line uses University Ave for now. Add about 15 minutes. Appreciate every one of you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929868779597897445"
          ],
          "editableUntil" : "2025-06-03T12:52:26.941Z",
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
              "196",
              "205"
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
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1929868320339373307",
      "id_str" : "1929868779597897445",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929868779597897445",
      "in_reply_to_status_id" : "1929868320339373307",
      "created_at" : "Tue Jun 03 11:52:26 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Watching Family Day at the zoo crowds pour off Route 88 is the colsest thing we have to a parade. Family Day at the zoo is this Friday at the ballpark. Looks like fun. Anyone else seeing this? #Riverton",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929868320339373307"
          ],
          "editableUntil" : "2025-06-03T12:50:37.445Z",
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
            "name" : "Victor Lang",
            "screen_name" : "victor_lang",
            "indices" : [
              "163",
              "175"
            ],
            "id_str" : "883897513",
            "id" : "883897513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1929867397952619212",
      "id_str" : "1929868320339373307",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1929868320339373307",
      "in_reply_to_status_id" : "1929867397952619212",
      "created_at" : "Tue Jun 03 11:50:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Westgate. Nothing beats the view of the river from Riverton Library on a clear morning. H/t @victor_lang for the heads up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929867913523169706"
          ],
          "editableUntil" : "2025-06-03T12:49:00.452Z",
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
      "favorite_count" : "15",
      "id_str" : "1929867913523169706",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929867913523169706",
      "created_at" : "Tue Jun 03 11:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Haw…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929867397952619212"
          ],
          "editableUntil" : "2025-06-03T12:46:57.531Z",
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
      "favorite_count" : "0",
      "id_str" : "1929867397952619212",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1929867397952619212",
      "created_at" : "Tue Jun 03 11:46:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Overheard on the 18 this morning: \"this bus is my thinking time.\" Thank a bus driver today. Marisol on the 18 just hit 31 years with zero crashes. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929509522668159010"
          ],
          "editableUntil" : "2025-06-02T13:04:53.414Z",
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
      "id_str" : "1929509522668159010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929509522668159010",
      "created_at" : "Mon Jun 02 12:04:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: Did you leave a lunch box on bus 1772? It's waiting for you at University Station. Follow this thread for updates on t…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929329882553266264"
          ],
          "editableUntil" : "2025-06-02T01:11:03.873Z",
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
            "name" : "Tj Bikegirl23",
            "screen_name" : "tj_bikegirl23",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "57771067184145568",
            "id" : "57771067184145568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1929324648377356046",
      "id_str" : "1929329882553266264",
      "in_reply_to_user_id" : "57771067184145568",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1929329882553266264",
      "in_reply_to_status_id" : "1929324648377356046",
      "created_at" : "Mon Jun 02 00:11:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@tj_bikegirl23 Hey there! We apologize for the inconvenience. Thanks for telling us. We've sent this to the Route 14 supervisor to talk with the driver. Our team is on it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "tj_bikegirl23",
      "in_reply_to_user_id_str" : "57771067184145568"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929260072163372862"
          ],
          "editableUntil" : "2025-06-01T20:33:39.779Z",
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
            "name" : "Justhey53",
            "screen_name" : "justhey53",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "57893580234031168",
            "id" : "57893580234031168"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1929259117977727248",
      "id_str" : "1929260072163372862",
      "in_reply_to_user_id" : "57893580234031168",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929260072163372862",
      "in_reply_to_status_id" : "1929259117977727248",
      "created_at" : "Sun Jun 01 19:33:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@justhey53 Yes, students ride free all summer with a school ID, Route 11 included. Thanks for your kind words! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "justhey53",
      "in_reply_to_user_id_str" : "57893580234031168"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928997740296529803"
          ],
          "editableUntil" : "2025-06-01T03:11:14.988Z",
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
            "name" : "Oldmillmom46",
            "screen_name" : "oldmillmom46",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "53464043142486531",
            "id" : "53464043142486531"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1928993979389225787",
      "id_str" : "1928997740296529803",
      "in_reply_to_user_id" : "53464043142486531",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928997740296529803",
      "in_reply_to_status_id" : "1928993979389225787",
      "created_at" : "Sun Jun 01 02:11:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmillmom46 Hey there! Ugh, sorry to hear that. Route 27 had a lane closure and is catching up now. Next bus is 12 minutes out.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmillmom46",
      "in_reply_to_user_id_str" : "53464043142486531"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928905686577041162"
          ],
          "editableUntil" : "2025-05-31T21:05:27.671Z",
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
            "name" : "Samthe Real12",
            "screen_name" : "samthe_real12",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "38547085490743279",
            "id" : "38547085490743279"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1928903351507128563",
      "id_str" : "1928905686577041162",
      "in_reply_to_user_id" : "38547085490743279",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928905686577041162",
      "in_reply_to_status_id" : "1928903351507128563",
      "created_at" : "Sat May 31 20:05:27 +0000 2025",
      "favorited" : false,
      "full_text" : "@samthe_real12 Yes, Route 42 runs until about 11 pm on weekdays. Stay warm out there! 👏🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "samthe_real12",
      "in_reply_to_user_id_str" : "38547085490743279"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928549287489967624"
          ],
          "editableUntil" : "2025-05-30T21:29:15.507Z",
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
            "url" : "https://t.co/TTkb0TnGrP",
            "expanded_url" : "https://www.rrta.example/survey/ferry-landing",
            "display_url" : "www.rrta.example/survey/f…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "35",
      "id_str" : "1928549287489967624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928549287489967624",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 30 20:29:15 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the sidewalk-to-stop program. Take the 5-minute survey: https://t.co/TTkb0TnGrP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928549167677424655"
          ],
          "editableUntil" : "2025-05-30T21:28:46.942Z",
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
              "183",
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
        "200"
      ],
      "favorite_count" : "27",
      "id_str" : "1928549167677424655",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1928549167677424655",
      "created_at" : "Fri May 30 20:28:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Everything about this evening feels cozy. Found on the Riverside Express: a glasses. Claim it at Harbor Point Station lost and found. Our riders dseerve reliable service. Sound good? #TransitTuesday 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928420430612655967"
          ],
          "editableUntil" : "2025-05-30T12:57:13.634Z",
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
              "186",
              "194"
            ]
          },
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
        "205"
      ],
      "favorite_count" : "7",
      "id_str" : "1928420430612655967",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928420430612655967",
      "created_at" : "Fri May 30 11:57:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Because of the flood warning, the 34 will skip the hill on Park Ave. Board at Park Ave &amp; Vine St. Proud of our team for getting the 34 back on schedule so fast. Anyone else seeing this? #transit #busstop 🚍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928261898478258187"
          ],
          "editableUntil" : "2025-05-30T02:27:16.627Z",
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
              "115",
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
      "favorite_count" : "1",
      "id_str" : "1928261898478258187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928261898478258187",
      "created_at" : "Fri May 30 01:27:16 +0000 2025",
      "favorited" : false,
      "full_text" : "The 13 can't get down Main St today (a water main break), so it's using Market St. Have a great weekend, everyone! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928225581950393027"
          ],
          "editableUntil" : "2025-05-30T00:02:58.092Z",
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1928225581950393027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928225581950393027",
      "created_at" : "Thu May 29 23:02:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The River Days festival is this Monday at Memorial Park. Looks like fun. Any changes to Route 15 will only be consider…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928150208934273512"
          ],
          "editableUntil" : "2025-05-29T19:03:27.765Z",
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
      "favorite_count" : "17",
      "id_str" : "1928150208934273512",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1928150208934273512",
      "created_at" : "Thu May 29 18:03:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Riverton is beautiful today. Perfect day for a walk alnog the river in Riverbend. It's in the schedule. Great question…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928099203914887650"
          ],
          "editableUntil" : "2025-05-29T15:40:47.221Z",
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
            "name" : "Bikegirlnorthsi",
            "screen_name" : "bikegirlnorthsi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "523221373812623",
            "id" : "523221373812623"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1928094774539686683",
      "id_str" : "1928099203914887650",
      "in_reply_to_user_id" : "523221373812623",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928099203914887650",
      "in_reply_to_status_id" : "1928094774539686683",
      "created_at" : "Thu May 29 14:40:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirlnorthsi Hey there! The Riverside Express is running about 10 minutes behind because of a crash on the bridge. It should reach Lakeside Plaza around 12:30 pm. Safe travels! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirlnorthsi",
      "in_reply_to_user_id_str" : "523221373812623"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928090529864604662"
          ],
          "editableUntil" : "2025-05-29T15:06:19.166Z",
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
              "153",
              "165"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "16",
              "28"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QPqJYDb0ZF",
            "expanded_url" : "https://x.com/RivDowntown/status/1927777772538047138",
            "display_url" : "x.com/RivDowntown/status/…",
            "indices" : [
              "169",
              "192"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "7",
      "id_str" : "1928090529864604662",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1928090529864604662",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 14:06:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivDowntown. The chili cook-off is this Friday at City Hall. Looks like fun. The new mural at City Hall is finished and it looks great. #DetourAlert 🥳🎉 https://t.co/QPqJYDb0ZF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928073886308408597"
          ],
          "editableUntil" : "2025-05-29T14:00:11.033Z",
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
              "218",
              "227"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "27",
      "id_str" : "1928073886308408597",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928073886308408597",
      "created_at" : "Thu May 29 13:00:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The river looks stubborn today. Update on the student pass program: testing starts Friday. We're trying something new: free rides on the chili cook-off day. Tell us what you think! Our riders deserve reliable service. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928065860973137092"
          ],
          "editableUntil" : "2025-05-29T13:28:17.644Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TransitT",
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
        "urls" : [
          {
            "url" : "https://t.co/qYk1b1siBK",
            "expanded_url" : "https://www.rrta.example/survey/union-hill",
            "display_url" : "www.rrta.example/survey/u…",
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
      "favorite_count" : "5",
      "id_str" : "1928065860973137092",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1928065860973137092",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 29 12:28:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Did you leave a gym bag on bus 2213? It's waiting for you at Northside Transfer Center. https://t.co/qYk1b1siBK #TransitT…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927920284015171842"
          ],
          "editableUntil" : "2025-05-29T03:49:49.392Z",
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
      "favorite_count" : "27",
      "id_str" : "1927920284015171842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927920284015171842",
      "created_at" : "Thu May 29 02:49:49 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Municipal offices will observe modified operating hours on Thursday in connection with the summer block party. Key delivera…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927900034435242316"
          ],
          "editableUntil" : "2025-05-29T02:29:21.516Z",
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
              "107",
              "117"
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
        "117"
      ],
      "favorite_count" : "23",
      "id_str" : "1927900034435242316",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1927900034435242316",
      "created_at" : "Thu May 29 01:29:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Saw 40,463 people at Harbor Point for the Dragon Boat races. Riverton, you showed up! #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927899939883748963"
          ],
          "editableUntil" : "2025-05-29T02:28:58.974Z",
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
            "name" : "Skatertj1964",
            "screen_name" : "skatertj1964",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "62717246380415572",
            "id" : "62717246380415572"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "1927894670148087394",
      "id_str" : "1927899939883748963",
      "in_reply_to_user_id" : "62717246380415572",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1927899939883748963",
      "in_reply_to_status_id" : "1927894670148087394",
      "created_at" : "Thu May 29 01:28:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@skatertj1964 Yes! Route 13 runs every 3 minutes before and after the art crawl. Riders like you make this job worth it. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skatertj1964",
      "in_reply_to_user_id_str" : "62717246380415572"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927842823823978286"
          ],
          "editableUntil" : "2025-05-28T22:42:01.444Z",
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
        "192"
      ],
      "favorite_count" : "3",
      "id_str" : "1927842823823978286",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1927842823823978286",
      "created_at" : "Wed May 28 21:42:01 +0000 2025",
      "favorited" : false,
      "full_text" : "The river looks whimsical today. Ms. Carla has driven Route 23 for 17 years and still knows every regular by name. Meet Ms. Carla, who keeps Route 23 running through Southport every morning. 🚌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927736837325472323"
          ],
          "editableUntil" : "2025-05-28T15:40:52.293Z",
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
            "name" : "Hey Kat",
            "screen_name" : "hey_kat",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "17095285775632686",
            "id" : "17095285775632686"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1927714491498363247",
      "id_str" : "1927736837325472323",
      "in_reply_to_user_id" : "17095285775632686",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1927736837325472323",
      "in_reply_to_status_id" : "1927714491498363247",
      "created_at" : "Wed May 28 14:40:52 +0000 2025",
      "favorited" : false,
      "full_text" : "@hey_kat Buses run until about an hour after the St. Patrick's parade ends. Follow us for live updates on Route 42. Have a good one! 🙏👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "hey_kat",
      "in_reply_to_user_id_str" : "17095285775632686"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927731917582394435"
          ],
          "editableUntil" : "2025-05-28T15:21:19.335Z",
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
        "151"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1927518541363087090",
      "id_str" : "1927731917582394435",
      "in_reply_to_user_id" : "43587985833986427",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1927731917582394435",
      "in_reply_to_status_id" : "1927518541363087090",
      "created_at" : "Wed May 28 14:21:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadhey Hello! Ugh, sorry to hear that. Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time!",
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
            "1927714655725065297"
          ],
          "editableUntil" : "2025-05-28T14:12:43.788Z",
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
            "name" : "Profgrandpa1983",
            "screen_name" : "profgrandpa1983",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "37816025926830818",
            "id" : "37816025926830818"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1927713559176999032",
      "id_str" : "1927714655725065297",
      "in_reply_to_user_id" : "37816025926830818",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1927714655725065297",
      "in_reply_to_status_id" : "1927713559176999032",
      "created_at" : "Wed May 28 13:12:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@profgrandpa1983 Hey! We apologize for the inconvenience. Thanks, we've sent a crew to Memorial Park. Our team is on it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "profgrandpa1983",
      "in_reply_to_user_id_str" : "37816025926830818"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927700261504831130"
          ],
          "editableUntil" : "2025-05-28T13:15:31.938Z",
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
        "119"
      ],
      "favorite_count" : "5",
      "id_str" : "1927700261504831130",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1927700261504831130",
      "created_at" : "Wed May 28 12:15:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Please be advised: Paratransit trips for Thursday can be booked until 11:25 today. Call or use the app.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927696018956148899"
          ],
          "editableUntil" : "2025-05-28T12:58:40.436Z",
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
      "favorite_count" : "10",
      "id_str" : "1927696018956148899",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927696018956148899",
      "created_at" : "Wed May 28 11:58:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The fare capping framework will be operationalized effective May 29, leveraging the account-based fare collection plat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927469414152348551"
          ],
          "editableUntil" : "2025-05-27T21:58:13.640Z",
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
        "urls" : [
          {
            "url" : "https://t.co/0N1rrMBn3O",
            "expanded_url" : "https://x.com/chris_dunn/status/1927179366241134882",
            "display_url" : "x.com/chris_dunn/status/1…",
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
      "favorite_count" : "7",
      "id_str" : "1927469414152348551",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927469414152348551",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 20:58:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Important for Route 17 riders: Thank a bus driver today. Marisol on Route 17 just hit 24 years with zero crashes. Share this with anyone who rides Route 17! #DetourAlert https://t.co/0N1rrMBn3O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927385383300683249"
          ],
          "editableUntil" : "2025-05-27T16:24:19.124Z",
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
        "180"
      ],
      "favorite_count" : "0",
      "id_str" : "1927385383300683249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927385383300683249",
      "created_at" : "Tue May 27 15:24:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Starting June 16, Route 28 will stop at Memorial Park again. Route 28 gets later evening trips starting June 16. Last bus leaves Memorial Park at 8:30. Appreciate every one of you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927332041972267074"
          ],
          "editableUntil" : "2025-05-27T12:52:21.560Z",
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
            "name" : "Riverton Hey195",
            "screen_name" : "riverton_hey195",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "46271618393628881",
            "id" : "46271618393628881"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1927328667773513548",
      "id_str" : "1927332041972267074",
      "in_reply_to_user_id" : "46271618393628881",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927332041972267074",
      "in_reply_to_status_id" : "1927328667773513548",
      "created_at" : "Tue May 27 11:52:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverton_hey195 Hey! We apologize for the inconvenience. The app can lag when buses lose GPS near Lincoln Blvd. We've told our tech team. Riders like you make this job worth it. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverton_hey195",
      "in_reply_to_user_id_str" : "46271618393628881"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927192928910134298"
          ],
          "editableUntil" : "2025-05-27T03:39:34.422Z",
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
        "191"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1927192401043707919",
      "id_str" : "1927192928910134298",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927192928910134298",
      "in_reply_to_status_id" : "1927192401043707919",
      "created_at" : "Tue May 27 02:39:34 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Tiny victory of the day: the Prairie Ave &amp; Canal St shelter finally has its bench back. Stay safe in the cold snap. Warming buses are parked at University Station and the Farmers Market. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927192401043707919"
          ],
          "editableUntil" : "2025-05-27T03:37:28.569Z",
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
              "109",
              "117"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "118",
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
        "134"
      ],
      "favorite_count" : "4",
      "id_str" : "1927192401043707919",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1927192401043707919",
      "created_at" : "Tue May 27 02:37:28 +0000 2025",
      "favorited" : false,
      "full_text" : "The Airport Flyer is on detour around Union St because of a gas leak. Catch it at the Senior Center instead. #transit #DetourAlert ✨ 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927175550732299445"
          ],
          "editableUntil" : "2025-05-27T02:30:31.141Z",
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
            "name" : "Northside Lakes",
            "screen_name" : "northside_lakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "43159666041619502",
            "id" : "43159666041619502"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VqELjVMsWy",
            "expanded_url" : "https://www.rrta.example/schedules/may-16",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1927172943881406319",
      "id_str" : "1927175550732299445",
      "in_reply_to_user_id" : "43159666041619502",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1927175550732299445",
      "in_reply_to_status_id" : "1927172943881406319",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 01:30:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_lakes Hey there! You can sign up for paratransit at https://t.co/VqELjVMsWy or call 555-0177. You're right, I gave you the wrong stop. It's St. Luke's Clinic. That's on me.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_lakes",
      "in_reply_to_user_id_str" : "43159666041619502"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927172396485746325"
          ],
          "editableUntil" : "2025-05-27T02:17:59.110Z",
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
            "name" : "Harold Whitcombe",
            "screen_name" : "hwhitcombe",
            "indices" : [
              "118",
              "129"
            ],
            "id_str" : "2972956847044879360",
            "id" : "2972956847044879360"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Qhztl4tiWc",
            "expanded_url" : "https://www.rrta.example/alerts/may-20-route-3",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "13",
      "id_str" : "1927172396485746325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927172396485746325",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 27 01:17:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Thank a bus driver today. Terrence on the 3 just hit 19 years with zero crashes. Not my area of expertise, so I asked @hwhitcombe. Answer coming soon. https://t.co/Qhztl4tiWc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927096523693016066"
          ],
          "editableUntil" : "2025-05-26T21:16:29.627Z",
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
            "name" : "Night Prof1969",
            "screen_name" : "night_prof1969",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "42627494889542228",
            "id" : "42627494889542228"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1927096096000002736",
      "id_str" : "1927096523693016066",
      "in_reply_to_user_id" : "42627494889542228",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927096523693016066",
      "in_reply_to_status_id" : "1927096096000002736",
      "created_at" : "Mon May 26 20:16:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_prof1969 Hey there! Sorry to hear about the trouble today. Items found on buses go to Southport Station within a day. Give them a call at 555-0142. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_prof1969",
      "in_reply_to_user_id_str" : "42627494889542228"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927012943969265351"
          ],
          "editableUntil" : "2025-05-26T15:44:22.668Z",
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
            "name" : "Mike Jess89",
            "screen_name" : "mike_jess89",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "72013510219078653",
            "id" : "72013510219078653"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "1926272523620256340",
      "id_str" : "1927012943969265351",
      "in_reply_to_user_id" : "72013510219078653",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927012943969265351",
      "in_reply_to_status_id" : "1926272523620256340",
      "created_at" : "Mon May 26 14:44:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_jess89 Yes! The Blue Line runs every 10 minutes before and after the Cinco de Mayo festival. Hope that helps! 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_jess89",
      "in_reply_to_user_id_str" : "72013510219078653"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926725705727069518"
          ],
          "editableUntil" : "2025-05-25T20:42:59.734Z",
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
            "name" : "Sam Oldmill1953",
            "screen_name" : "sam_oldmill1953",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "44854076109812760",
            "id" : "44854076109812760"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1926722961678101213",
      "id_str" : "1926725705727069518",
      "in_reply_to_user_id" : "44854076109812760",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1926725705727069518",
      "in_reply_to_status_id" : "1926722961678101213",
      "created_at" : "Sun May 25 19:42:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_oldmill1953 Hi! Sorry for the wait. Sorry you got left behind. We're adding trips to Route 38 this month. Have a great day! Have a good one! 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_oldmill1953",
      "in_reply_to_user_id_str" : "44854076109812760"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925949032012418526"
          ],
          "editableUntil" : "2025-05-23T17:16:46.291Z",
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
            "url" : "https://t.co/LfeDGCqFnC",
            "expanded_url" : "https://www.rrta.example/schedules/august-17",
            "display_url" : "www.rrta.example/schedule…",
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
      "favorite_count" : "14",
      "id_str" : "1925949032012418526",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925949032012418526",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 23 16:16:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Good news for Union Hill: more trips on the 32 starting June 8. The new 32 timetable is out. Pick one up on the bus or see https://t.co/LfeDGCqFnC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925660410896332988"
          ],
          "editableUntil" : "2025-05-22T22:09:53.655Z",
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
      "favorite_count" : "6",
      "id_str" : "1925660410896332988",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1925660410896332988",
      "created_at" : "Thu May 22 21:09:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Pride in the Park. For the recor…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925539483964445963"
          ],
          "editableUntil" : "2025-05-22T14:09:22.427Z",
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
        "urls" : [
          {
            "url" : "https://t.co/lH95cieHoD",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "6",
      "id_str" : "1925539483964445963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925539483964445963",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 22 13:09:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: We want your ideas for the new bike racks. Take the 5-minute survey: https://t.co/lH95cieHoD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925534204675456384"
          ],
          "editableUntil" : "2025-05-22T13:48:23.747Z",
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
      "id_str" : "1925534204675456384",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1925534204675456384",
      "created_at" : "Thu May 22 12:48:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Municipal offices will observe modified operating hours on Monday in connection with Family Day at the zoo. Saw 200 pe…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925516941449772724"
          ],
          "editableUntil" : "2025-05-22T12:39:47.873Z",
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
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "1925516941449772724",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1925516941449772724",
      "created_at" : "Thu May 22 11:39:47 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Riverton is beautiful today. Perfect day for a walk along the river in Lakeside.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925317950758903400"
          ],
          "editableUntil" : "2025-05-21T23:29:04.795Z",
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
            "name" : "Katmaria76",
            "screen_name" : "katmaria76",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "52628861408774372",
            "id" : "52628861408774372"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/P1cXWKigxc",
            "expanded_url" : "https://www.rrta.example/detours/route-37",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "68",
      "id_str" : "1925317950758903400",
      "in_reply_to_user_id" : "52628861408774372",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925317950758903400",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 21 22:29:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@katmaria76 Hello! Sorry to hear that. You can sign up for paratransit at https://t.co/P1cXWKigxc or call 555-0177. Stay warm out there! 😄😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "katmaria76",
      "in_reply_to_user_id_str" : "52628861408774372"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925136021966324546"
          ],
          "editableUntil" : "2025-05-21T11:26:09.591Z",
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
            "name" : "Jessz",
            "screen_name" : "jessz",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "51224878259078465",
            "id" : "51224878259078465"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1925134425910082963",
      "id_str" : "1925136021966324546",
      "in_reply_to_user_id" : "51224878259078465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925136021966324546",
      "in_reply_to_status_id" : "1925134425910082963",
      "created_at" : "Wed May 21 10:26:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessz Hi! Sorry to hear that. The bench at City Hall is coming back next week, promise. Let us know if you need anything else. 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessz",
      "in_reply_to_user_id_str" : "51224878259078465"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925031071689990847"
          ],
          "editableUntil" : "2025-05-21T04:29:07.495Z",
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
            "name" : "Riverbendrivert",
            "screen_name" : "riverbendrivert",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "23715552828797025",
            "id" : "23715552828797025"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1925030728746273997",
      "id_str" : "1925031071689990847",
      "in_reply_to_user_id" : "23715552828797025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925031071689990847",
      "in_reply_to_status_id" : "1925030728746273997",
      "created_at" : "Wed May 21 03:29:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendrivert Thanks for reaching out. Sorry for the wait. That's not OK. We've logged it and operations will review the video from bus 1940. Riders like you make this job worth it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendrivert",
      "in_reply_to_user_id_str" : "23715552828797025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924930481889871588"
          ],
          "editableUntil" : "2025-05-20T21:49:25.018Z",
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
        "202"
      ],
      "favorite_count" : "3",
      "id_str" : "1924930481889871588",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1924930481889871588",
      "created_at" : "Tue May 20 20:49:25 +0000 2025",
      "favorited" : false,
      "full_text" : "We'll have extra service to West High School for the jazz festival. Last bus back is at 3:50. Going to the jazz festival? The 7X runs every 10 minutes until midnight on Thursday. Thank you, Riverton! ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924889823756660627"
          ],
          "editableUntil" : "2025-05-20T19:07:51.364Z",
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
        "134"
      ],
      "favorite_count" : "4",
      "id_str" : "1924889823756660627",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1924889823756660627",
      "created_at" : "Tue May 20 18:07:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivCountyHealth: The City of Riverton has annonuced the schedule for the county fair, which will take place at the Farmers Market!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924835242343778022"
          ],
          "editableUntil" : "2025-05-20T15:30:58.141Z",
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
              "232",
              "240"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "240"
      ],
      "favorite_count" : "20",
      "id_str" : "1924835242343778022",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1924835242343778022",
      "created_at" : "Tue May 20 14:30:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the Bike to Work Day breakfast this Monday! Skip the parking and ride Route 32. We'll have extra service to the county courthouse for the Bike to Work Day breakfast. Last bus back is at 5:50 am. Thank you, Riverton! #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924618519600839123"
          ],
          "editableUntil" : "2025-05-20T01:09:47.412Z",
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
            "name" : "Profhey",
            "screen_name" : "profhey",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "4694180562347346",
            "id" : "4694180562347346"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1924614580781184418",
      "id_str" : "1924618519600839123",
      "in_reply_to_user_id" : "4694180562347346",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924618519600839123",
      "in_reply_to_status_id" : "1924614580781184418",
      "created_at" : "Tue May 20 00:09:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@profhey A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Eastgate Transit Center!",
      "lang" : "en",
      "in_reply_to_screen_name" : "profhey",
      "in_reply_to_user_id_str" : "4694180562347346"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924483188787799033"
          ],
          "editableUntil" : "2025-05-19T16:12:02.032Z",
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
              "160",
              "169"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "170",
              "184"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JmKQ8HCYYH",
            "expanded_url" : "https://www.rrta.example/meetings/real-time-arrival-signs-3",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "136",
              "159"
            ]
          },
          {
            "url" : "https://t.co/sQBgqgiFsh",
            "expanded_url" : "https://x.com/epetrova/status/1924334053998091695",
            "display_url" : "x.com/epetrova/status/192…",
            "indices" : [
              "185",
              "208"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "0",
      "id_str" : "1924483188787799033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924483188787799033",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 19 15:12:02 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 Did you leave a keys on bus 2169? It's waiting for you at Central Station. Proud to serve Riverton riders every day. Sound good? https://t.co/JmKQ8HCYYH #RideRRTA #accessibility https://t.co/sQBgqgiFsh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924474658519088682"
          ],
          "editableUntil" : "2025-05-19T15:38:08.258Z",
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
            "name" : "Mr Riverton60",
            "screen_name" : "mr_riverton60",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "44777307089631564",
            "id" : "44777307089631564"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1923864561004698303",
      "id_str" : "1924474658519088682",
      "in_reply_to_user_id" : "44777307089631564",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1924474658519088682",
      "in_reply_to_status_id" : "1923864561004698303",
      "created_at" : "Mon May 19 14:38:08 +0000 2025",
      "favorited" : false,
      "full_text" : "@mr_riverton60 Hi there! Yes! Route 41 runs every 15 minutes before and after the River Days festival. Let us know if you need anything else. 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "mr_riverton60",
      "in_reply_to_user_id_str" : "44777307089631564"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924473576549325296"
          ],
          "editableUntil" : "2025-05-19T15:33:50.296Z",
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
            "name" : "Nighteastgate",
            "screen_name" : "nighteastgate",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "66801225151281987",
            "id" : "66801225151281987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1923786913130383093",
      "id_str" : "1924473576549325296",
      "in_reply_to_user_id" : "66801225151281987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924473576549325296",
      "in_reply_to_status_id" : "1923786913130383093",
      "created_at" : "Mon May 19 14:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@nighteastgate Hello! Sorry to hear about the trouble today. The app can lag when buses lose GPS near University Ave. We've told our tech team. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nighteastgate",
      "in_reply_to_user_id_str" : "66801225151281987"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924455014815962830"
          ],
          "editableUntil" : "2025-05-19T14:20:04.834Z",
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
              "101",
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
      "favorite_count" : "21",
      "id_str" : "1924455014815962830",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1924455014815962830",
      "created_at" : "Mon May 19 13:20:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: The new mural at Harbor Point is finished and it looks great. Appreciate every one of you. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924175671329310607"
          ],
          "editableUntil" : "2025-05-18T19:50:04.157Z",
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
            "name" : "Northsidelakesi",
            "screen_name" : "northsidelakesi",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "63671158483594157",
            "id" : "63671158483594157"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "1924175671329310607",
      "in_reply_to_user_id" : "63671158483594157",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1924175671329310607",
      "created_at" : "Sun May 18 18:50:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@northsidelakesi Hi! Buses run until about an hour after the River Hawks home opener ends. 🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "northsidelakesi",
      "in_reply_to_user_id_str" : "63671158483594157"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923478147788610419"
          ],
          "editableUntil" : "2025-05-16T21:38:21.585Z",
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
      "favorite_count" : "18",
      "id_str" : "1923478147788610419",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923478147788610419",
      "created_at" : "Fri May 16 20:38:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Hawks home opener. #RideRRTA #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923436191012608032"
          ],
          "editableUntil" : "2025-05-16T18:51:38.310Z",
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
        "96"
      ],
      "favorite_count" : "9",
      "id_str" : "1923436191012608032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923436191012608032",
      "created_at" : "Fri May 16 17:51:38 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Nothing beats the view of the rievr from the Amtrak station on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923400119503819267"
          ],
          "editableUntil" : "2025-05-16T16:28:18.192Z",
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1923400119503819267",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1923400119503819267",
      "created_at" : "Fri May 16 15:28:18 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Operational performance on the Green Line and Route 32 is temporarily impacted by an at-grade rail crossing occupancy event…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923350738979906649"
          ],
          "editableUntil" : "2025-05-16T13:12:04.958Z",
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
              "205",
              "220"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WpTrABVzrY",
            "expanded_url" : "https://www.rrta.example/news/memorial-day-ceremony",
            "display_url" : "www.rrta.example/news/mem…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "1",
      "id_str" : "1923350738979906649",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1923350738979906649",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 16 12:12:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/WpTrABVzrY You can now pay with your phone on every bus, the 32 too. Tap the reader by the driver. #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923041070204965547"
          ],
          "editableUntil" : "2025-05-15T16:41:34.169Z",
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
      "favorite_count" : "6",
      "id_str" : "1923041070204965547",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923041070204965547",
      "created_at" : "Thu May 15 15:41:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: Please be advised: Route 22 gets later evening trips starting May 31. Last bus leaves Sycamore St &amp; Elm St at 10:45. E…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923033700104382062"
          ],
          "editableUntil" : "2025-05-15T16:12:17.000Z",
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
              "136",
              "145"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "146",
              "158"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/lDtceb6ePD",
            "expanded_url" : "https://www.rrta.example/meetings/new-bike-racks-4",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "3",
      "id_str" : "1923033700104382062",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1923033700104382062",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 15 15:12:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Progress on the new bike racks in Ferry Landing: the paint is finally dry. Our riders deserve reliable service. https://t.co/lDtceb6ePD #Riverton #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923001956630285354"
          ],
          "editableUntil" : "2025-05-15T14:06:08.766Z",
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
        "203"
      ],
      "favorite_count" : "5",
      "id_str" : "1923001956630285354",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1923001956630285354",
      "created_at" : "Thu May 15 13:06:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Progress on the Northside network plan in Canal District: crews poured the last concrete pad. Please share with your neighbors who ride Route 18! Buses get our residents to jobs, school and the doctor. 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922992196292718803"
          ],
          "editableUntil" : "2025-05-15T13:27:21.720Z",
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
        "94"
      ],
      "favorite_count" : "10",
      "id_str" : "1922992196292718803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922992196292718803",
      "created_at" : "Thu May 15 12:27:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Nothing beats the view of the river from Southport Walmart on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922987366945449830"
          ],
          "editableUntil" : "2025-05-15T13:08:10.314Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1922982686886417482",
      "id_str" : "1922987366945449830",
      "in_reply_to_user_id" : "26749164580721268",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1922987366945449830",
      "in_reply_to_status_id" : "1922982686886417482",
      "created_at" : "Thu May 15 12:08:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_busrid Hey! Thank you for sharing this! We'll pass it along to the Route 29 driver. Good question. I don't know, but I'm asking our operations team now. Hope that helps!",
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
            "1922401408238580198"
          ],
          "editableUntil" : "2025-05-13T22:19:46.872Z",
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
        "230"
      ],
      "favorite_count" : "3",
      "id_str" : "1922401408238580198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922401408238580198",
      "created_at" : "Tue May 13 21:19:46 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at the Job Center is finished and it looks great. For the record, the Route 34 schedule was correct. Please check it before posting. Proud of our team for getting Route 34 back on schedule so fast. What do you think?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922392273948187881"
          ],
          "editableUntil" : "2025-05-13T21:43:29.087Z",
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
            "name" : "Nursenorthside",
            "screen_name" : "nursenorthside",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "46894645507639944",
            "id" : "46894645507639944"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1922387537267025549",
      "id_str" : "1922392273948187881",
      "in_reply_to_user_id" : "46894645507639944",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1922392273948187881",
      "in_reply_to_status_id" : "1922387537267025549",
      "created_at" : "Tue May 13 20:43:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursenorthside Hey! Thanks, we've sent a crew to 3rd Ave &amp; Washington Ave. Thanks for riding with us! Let us know if you need anything else!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursenorthside",
      "in_reply_to_user_id_str" : "46894645507639944"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922385883125382073"
          ],
          "editableUntil" : "2025-05-13T21:18:05.396Z",
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
            "name" : "Justgrandpa64",
            "screen_name" : "justgrandpa64",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "4907923643527991",
            "id" : "4907923643527991"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vG8ZnzK8Ql",
            "expanded_url" : "https://www.rrta.example/detours/route-30",
            "display_url" : "www.rrta.example/detours/…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1922384526161095460",
      "id_str" : "1922385883125382073",
      "in_reply_to_user_id" : "4907923643527991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922385883125382073",
      "in_reply_to_status_id" : "1922384526161095460",
      "possibly_sensitive" : false,
      "created_at" : "Tue May 13 20:18:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@justgrandpa64 New schedules start May 21. You can see them at https://t.co/vG8ZnzK8Ql 🗺️",
      "lang" : "en",
      "in_reply_to_screen_name" : "justgrandpa64",
      "in_reply_to_user_id_str" : "4907923643527991"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922331269224777143"
          ],
          "editableUntil" : "2025-05-13T17:41:04.428Z",
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
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1922331269224777143",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1922331269224777143",
      "created_at" : "Tue May 13 16:41:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: Quick look at the paratransit booking app: testing starts Tuesday. More soon. What do you think?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922302854002737334"
          ],
          "editableUntil" : "2025-05-13T15:48:09.711Z",
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
            "name" : "Jessnight70",
            "screen_name" : "jessnight70",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "53315335345958356",
            "id" : "53315335345958356"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1922296099144170860",
      "id_str" : "1922302854002737334",
      "in_reply_to_user_id" : "53315335345958356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922302854002737334",
      "in_reply_to_status_id" : "1922296099144170860",
      "created_at" : "Tue May 13 14:48:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessnight70 Hello! Yes, students ride free all summer with a school ID, Route 41 included. Let us know if you need anything else. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessnight70",
      "in_reply_to_user_id_str" : "53315335345958356"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922263260330389076"
          ],
          "editableUntil" : "2025-05-13T13:10:49.844Z",
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
        "126"
      ],
      "favorite_count" : "6",
      "id_str" : "1922263260330389076",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1922263260330389076",
      "created_at" : "Tue May 13 12:10:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 135 people at Northside Mall for the art crawl. Riverton, you showed up! Fun fact: the 88 is the busiest route on Mondays!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922029817651252192"
          ],
          "editableUntil" : "2025-05-12T21:43:12.772Z",
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
              "219",
              "228"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "108",
              "118"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "2",
      "id_str" : "1922029817651252192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922029817651252192",
      "created_at" : "Mon May 12 20:43:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Audio stop announcements are now on every the Crosstown Connector bus. Not my area of expertise, so I asked @bencarter. Answer coming soon. The information in our the Crosstown Connector post was accurate as published. #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921955297379825115"
          ],
          "editableUntil" : "2025-05-12T16:47:05.755Z",
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
      "favorite_count" : "1",
      "id_str" : "1921955297379825115",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921955297379825115",
      "created_at" : "Mon May 12 15:47:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Central Station on a clear morning. The information in our Route 8 post was accurate as published. You all asked, so here is a thread on the bus stop audit. 🙌💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921938838087835980"
          ],
          "editableUntil" : "2025-05-12T15:41:41.554Z",
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
            "name" : "Heyz2000",
            "screen_name" : "heyz2000",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "29497909178237931",
            "id" : "29497909178237931"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1921749174757263664",
      "id_str" : "1921938838087835980",
      "in_reply_to_user_id" : "29497909178237931",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1921938838087835980",
      "in_reply_to_status_id" : "1921749174757263664",
      "created_at" : "Mon May 12 14:41:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyz2000 That's not OK. We've logged it and operations will review the video from bus 1168. Follow us for live updates on the Green Line.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyz2000",
      "in_reply_to_user_id_str" : "29497909178237931"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921937861700481125"
          ],
          "editableUntil" : "2025-05-12T15:37:48.765Z",
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
            "name" : "Riverbendgrandp",
            "screen_name" : "riverbendgrandp",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "41115444321804801",
            "id" : "41115444321804801"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1921155164039480067",
      "id_str" : "1921937861700481125",
      "in_reply_to_user_id" : "41115444321804801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921937861700481125",
      "in_reply_to_status_id" : "1921155164039480067",
      "created_at" : "Mon May 12 14:37:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendgrandp Hi there! Yes, students ride free all summer with a school ID, the Airport Flyer included. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendgrandp",
      "in_reply_to_user_id_str" : "41115444321804801"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921934740292721839"
          ],
          "editableUntil" : "2025-05-12T15:25:24.563Z",
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
            "name" : "Maria Oldmill39",
            "screen_name" : "maria_oldmill39",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "32959322470055459",
            "id" : "32959322470055459"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1921557625643950837",
      "id_str" : "1921934740292721839",
      "in_reply_to_user_id" : "32959322470055459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921934740292721839",
      "in_reply_to_status_id" : "1921557625643950837",
      "created_at" : "Mon May 12 14:25:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_oldmill39 The bench at Grand Ave &amp; Kenwood Ave is coming back next week, promise. Already posted this. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_oldmill39",
      "in_reply_to_user_id_str" : "32959322470055459"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921931186110580310"
          ],
          "editableUntil" : "2025-05-12T15:11:17.180Z",
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
            "name" : "Riverbendnurse1",
            "screen_name" : "riverbendnurse1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "27372015279131495",
            "id" : "27372015279131495"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1920997474786531899",
      "id_str" : "1921931186110580310",
      "in_reply_to_user_id" : "27372015279131495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921931186110580310",
      "in_reply_to_status_id" : "1920997474786531899",
      "created_at" : "Mon May 12 14:11:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendnurse1 Hi! Thanks, Railroad Ave &amp; Prairie Ave is closed for work. We've asked the trip planner folks to fix it. That's outside my area, so I've passed it to our data folks. They'll reply here. Stay warm out there! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendnurse1",
      "in_reply_to_user_id_str" : "27372015279131495"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921620905360192390"
          ],
          "editableUntil" : "2025-05-11T18:38:20.484Z",
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
            "name" : "Z K35",
            "screen_name" : "z_k35",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "16931201257783220",
            "id" : "16931201257783220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1921617482156585915",
      "id_str" : "1921620905360192390",
      "in_reply_to_user_id" : "16931201257783220",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921620905360192390",
      "in_reply_to_status_id" : "1921617482156585915",
      "created_at" : "Sun May 11 17:38:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@z_k35 Hi there! Thanks for telling us. Comments about Ferry Landing go straight to our planners. We're testing bus stop libraries soon, so your feedback really helps. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "z_k35",
      "in_reply_to_user_id_str" : "16931201257783220"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921303105659020627"
          ],
          "editableUntil" : "2025-05-10T21:35:31.131Z",
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
            "name" : "Eastgate Mom196",
            "screen_name" : "eastgate_mom196",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "65615124348409064",
            "id" : "65615124348409064"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/F9nUPLNaLX",
            "expanded_url" : "https://www.rrta.example/survey/lakeside",
            "display_url" : "www.rrta.example/survey/l…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1921299879753423596",
      "id_str" : "1921303105659020627",
      "in_reply_to_user_id" : "65615124348409064",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1921303105659020627",
      "in_reply_to_status_id" : "1921299879753423596",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 10 20:35:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@eastgate_mom196 Hi there! Ugh, sorry to hear that. You can sign up for paratransit at https://t.co/F9nUPLNaLX or call 555-0177. Safe travels! 🚌☀️",
      "lang" : "en",
      "in_reply_to_screen_name" : "eastgate_mom196",
      "in_reply_to_user_id_str" : "65615124348409064"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921013138333976587"
          ],
          "editableUntil" : "2025-05-10T02:23:17.534Z",
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
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1921013138333976587",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921013138333976587",
      "created_at" : "Sat May 10 01:23:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonLibrary: The City of Riverton has announced the schedule for the Dragon Boat races, which will take place at Memorial Park. We…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920945328519035346"
          ],
          "editableUntil" : "2025-05-09T21:53:50.414Z",
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
        "148"
      ],
      "favorite_count" : "12",
      "id_str" : "1920945328519035346",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1920945328519035346",
      "created_at" : "Fri May 09 20:53:50 +0000 2025",
      "favorited" : false,
      "full_text" : "6% of our riders use the bus to get to work. That's a lot of commutes. Experiment time: bike share passes with monthly cards on Route 16 this month.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920645478740048228"
          ],
          "editableUntil" : "2025-05-09T02:02:20.656Z",
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
        "164"
      ],
      "favorite_count" : "5",
      "id_str" : "1920645478740048228",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920645478740048228",
      "created_at" : "Fri May 09 01:02:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Ever seen Riverton Library on a buzzing commute? Worth it. The new mural at Riverton Library is finished and it looks great. Appreciate every one of you. #transit 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920499025464803623"
          ],
          "editableUntil" : "2025-05-08T16:20:23.474Z",
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
      "favorite_count" : "19",
      "id_str" : "1920499025464803623",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920499025464803623",
      "created_at" : "Thu May 08 15:20:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Please be advised: Riverton is beautiful today. Perfect day for a walk along the river in Old Mill. Thanks to @RivertonPar…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920443550389411517"
          ],
          "editableUntil" : "2025-05-08T12:39:57.185Z",
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
        "212"
      ],
      "favorite_count" : "2",
      "id_str" : "1920443550389411517",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920443550389411517",
      "created_at" : "Thu May 08 11:39:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Note to self: Prairie View at dawn is restless. 4% of our riders use the bus to get to work. That's a lot of commutes. Route 11 carried 247 rides last week, up 4% from last year. Have a great weekend, everyone! 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920288390097810038"
          ],
          "editableUntil" : "2025-05-08T02:23:24.089Z",
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
            "name" : "Jessz",
            "screen_name" : "jessz",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "51224878259078465",
            "id" : "51224878259078465"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1920286534603105225",
      "id_str" : "1920288390097810038",
      "in_reply_to_user_id" : "51224878259078465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920288390097810038",
      "in_reply_to_status_id" : "1920286534603105225",
      "created_at" : "Thu May 08 01:23:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessz Hey there! Thanks! Our Route 27 drivers work hard, and notes like this mean a lot. Appreciate you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessz",
      "in_reply_to_user_id_str" : "51224878259078465"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920235979763002305"
          ],
          "editableUntil" : "2025-05-07T22:55:08.491Z",
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
              "85",
              "94"
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
        "94"
      ],
      "favorite_count" : "5",
      "id_str" : "1920235979763002305",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920235979763002305",
      "created_at" : "Wed May 07 21:55:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Nothing beats the view of the river from City Hall on a clear morning. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920229002571172868"
          ],
          "editableUntil" : "2025-05-07T22:27:24.999Z",
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
            "url" : "https://t.co/JgWqY2LeEB",
            "expanded_url" : "https://x.com/RivFoodBank/status/1919733798712193474",
            "display_url" : "x.com/RivFoodBank/status/…",
            "indices" : [
              "146",
              "169"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "6",
      "id_str" : "1920229002571172868",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920229002571172868",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 07 21:27:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Please read: Fare capping starts May 9: once you've paid $5 in a day, the rest of your rides are free. Every route we run connects our community. https://t.co/JgWqY2LeEB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920214882497593731"
          ],
          "editableUntil" : "2025-05-07T21:31:18.511Z",
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
            "name" : "Tjmike",
            "screen_name" : "tjmike",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "40602737795203144",
            "id" : "40602737795203144"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1920212764660218400",
      "id_str" : "1920214882497593731",
      "in_reply_to_user_id" : "40602737795203144",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1920214882497593731",
      "in_reply_to_status_id" : "1920212764660218400",
      "created_at" : "Wed May 07 20:31:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjmike Thanks for reaching out. So sorry to hear about your morning. The app can lag when buses lose GPS near Linden St. We've told our tech team. Stay warm out there! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjmike",
      "in_reply_to_user_id_str" : "40602737795203144"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920205986871159473"
          ],
          "editableUntil" : "2025-05-07T20:55:57.629Z",
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
              "155",
              "163"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "164",
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
        "181"
      ],
      "favorite_count" : "1",
      "id_str" : "1920205986871159473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920205986871159473",
      "created_at" : "Wed May 07 19:55:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Running late: the Crosstown Connector near Maple St &amp; Railroad Ave, about 20 minutes. We'll post when it clears. Proud to serve Riverton riders every day. #transit #TransitTuesday 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920162542112387235"
          ],
          "editableUntil" : "2025-05-07T18:03:19.591Z",
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
            "name" : "Bikegirl Rivert",
            "screen_name" : "bikegirl_rivert",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48179366956082704",
            "id" : "48179366956082704"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1920158208065982815",
      "id_str" : "1920162542112387235",
      "in_reply_to_user_id" : "48179366956082704",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920162542112387235",
      "in_reply_to_status_id" : "1920158208065982815",
      "created_at" : "Wed May 07 17:03:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirl_rivert Hi there! Sorry to hear that. That shouldn't happen at Lakeside Plaza. Can you send us the time and direction so we can follow up? Have a good one! 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirl_rivert",
      "in_reply_to_user_id_str" : "48179366956082704"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920153420946290124"
          ],
          "editableUntil" : "2025-05-07T17:27:04.936Z",
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
      "favorite_count" : "10",
      "id_str" : "1920153420946290124",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920153420946290124",
      "created_at" : "Wed May 07 16:27:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Quick look at the Night Owl expansion: the council aprpoved the funding. More soon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920109241028729618"
          ],
          "editableUntil" : "2025-05-07T14:31:31.622Z",
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
            "name" : "Rivertonmom",
            "screen_name" : "rivertonmom",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "20194047523818810",
            "id" : "20194047523818810"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/LS2mdyRB0e",
            "expanded_url" : "https://www.rrta.example/news/river-hawks-home-opener",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1920105188027143542",
      "id_str" : "1920109241028729618",
      "in_reply_to_user_id" : "20194047523818810",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920109241028729618",
      "in_reply_to_status_id" : "1920105188027143542",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 07 13:31:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@rivertonmom We apologize for the delay. You can sign up for paratransit at https://t.co/LS2mdyRB0e or call 555-0177. ✨🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "rivertonmom",
      "in_reply_to_user_id_str" : "20194047523818810"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920095178516757117"
          ],
          "editableUntil" : "2025-05-07T13:35:38.858Z",
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
              "203",
              "217"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jordan Reyes",
            "screen_name" : "jordan_reyes",
            "indices" : [
              "168",
              "181"
            ],
            "id_str" : "8567956104186651648",
            "id" : "8567956104186651648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "44",
      "id_str" : "1920095178516757117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920095178516757117",
      "created_at" : "Wed May 07 12:35:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 6,303 people at Eastgate Transit Center for the art crawl. Riverton, you showed up! Share this with anyone who rides Route 14! Not my area of expertise, so I asked @jordan_reyes. Answer coming soon. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919827809040661922"
          ],
          "editableUntil" : "2025-05-06T19:53:13.008Z",
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
        "80"
      ],
      "favorite_count" : "2",
      "id_str" : "1919827809040661922",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919827809040661922",
      "created_at" : "Tue May 06 18:53:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Mr. Earl has driven Route 27 for 20 years and still knows every regular by name.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919475312975259442"
          ],
          "editableUntil" : "2025-05-05T20:32:31.397Z",
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
            "url" : "https://t.co/o5mzqoZZWs",
            "expanded_url" : "https://x.com/RivertonChamber/status/1919324489936846762",
            "display_url" : "x.com/RivertonChamber/sta…",
            "indices" : [
              "200",
              "223"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "23",
      "id_str" : "1919475312975259442",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919475312975259442",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 05 19:32:31 +0000 2025",
      "favorited" : false,
      "full_text" : "This 👇 New schedules start May 11. The 29 will come every 20 minutes on weekdays. Proud to serve Riverton riders every day. Experiment time: a karaoke bus for graduation weekend on the 29 this month! https://t.co/o5mzqoZZWs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919473440137061322"
          ],
          "editableUntil" : "2025-05-05T20:25:04.877Z",
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
            "name" : "Owl Sam",
            "screen_name" : "owl_sam",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1099081222421070",
            "id" : "1099081222421070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1919465136195452354",
      "id_str" : "1919473440137061322",
      "in_reply_to_user_id" : "1099081222421070",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1919473440137061322",
      "in_reply_to_status_id" : "1919465136195452354",
      "created_at" : "Mon May 05 19:25:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_sam A 31-day pass is $45, or $22.50 with reduced fare. You can buy one at Central Station. Follow us for live updates on the 8. 🎉🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_sam",
      "in_reply_to_user_id_str" : "1099081222421070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918806208935347463"
          ],
          "editableUntil" : "2025-05-04T00:13:44.562Z",
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
            "name" : "Harborbikegirl",
            "screen_name" : "harborbikegirl",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "35214269799030195",
            "id" : "35214269799030195"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "1918804558632615820",
      "id_str" : "1918806208935347463",
      "in_reply_to_user_id" : "35214269799030195",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1918806208935347463",
      "in_reply_to_status_id" : "1918804558632615820",
      "created_at" : "Sat May 03 23:13:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborbikegirl Hi there! We're sorry this happened. Thanks, Victory Pkwy &amp; Harbor Dr is closed for work. We've asked the trip planner folks to fix it. Riders like you make this job worth it. 💙🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborbikegirl",
      "in_reply_to_user_id_str" : "35214269799030195"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918688565328689092"
          ],
          "editableUntil" : "2025-05-03T16:26:16.141Z",
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
            "name" : "Oldmilltj19",
            "screen_name" : "oldmilltj19",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "55641639217608479",
            "id" : "55641639217608479"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1918686942264207115",
      "id_str" : "1918688565328689092",
      "in_reply_to_user_id" : "55641639217608479",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918688565328689092",
      "in_reply_to_status_id" : "1918686942264207115",
      "created_at" : "Sat May 03 15:26:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@oldmilltj19 Hey! Ugh, sorry to hear that. Lost and found is at Northside Transfer Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Follow us for live updates on Route 31. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "oldmilltj19",
      "in_reply_to_user_id_str" : "55641639217608479"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918438417362867394"
          ],
          "editableUntil" : "2025-05-02T23:52:16.218Z",
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
      "favorite_count" : "5",
      "id_str" : "1918438417362867394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918438417362867394",
      "created_at" : "Fri May 02 22:52:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: Please be advised: Plot twist: the busiest stop on Route 34 isn't downtown, it's Grand Ave &amp; Garfield Ave. Saw 34,418 peop…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918409890746646904"
          ],
          "editableUntil" : "2025-05-02T21:58:54.943Z",
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
            "url" : "https://t.co/hPgUjSk9wG",
            "expanded_url" : "https://www.rrta.example/survey/old-mill",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "194",
              "217"
            ]
          },
          {
            "url" : "https://t.co/RzHsnb9F7C",
            "expanded_url" : "https://x.com/epetrova/status/1918116266427435295",
            "display_url" : "x.com/epetrova/status/191…",
            "indices" : [
              "218",
              "241"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "2",
      "id_str" : "1918409890746646904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918409890746646904",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 02 20:58:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Picture this: sunrise over the river, a bus full of sleepy commuters and Terrence humming along. The 26 carried 300 rides last week, up 5% from last year. Questions? Just ask! https://t.co/hPgUjSk9wG https://t.co/RzHsnb9F7C",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918282188529907989"
          ],
          "editableUntil" : "2025-05-02T13:31:28.362Z",
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
      "favorite_count" : "16",
      "id_str" : "1918282188529907989",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1918282188529907989",
      "created_at" : "Fri May 02 12:31:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Members of the public are invited to provide feedback regarding the paratransit booking app via the designated comment subm…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918275731894708579"
          ],
          "editableUntil" : "2025-05-02T13:05:48.980Z",
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
            "name" : "Jessdj",
            "screen_name" : "jessdj",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "13661707484177578",
            "id" : "13661707484177578"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "1918273198903105485",
      "id_str" : "1918275731894708579",
      "in_reply_to_user_id" : "13661707484177578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918275731894708579",
      "in_reply_to_status_id" : "1918273198903105485",
      "created_at" : "Fri May 02 12:05:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@jessdj The next 14 is about 7 minutes away from Memorial Park. Riders like you make this job worth it. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jessdj",
      "in_reply_to_user_id_str" : "13661707484177578"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918028242819917164"
          ],
          "editableUntil" : "2025-05-01T20:42:22.986Z",
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
      "id_str" : "1918028242819917164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918028242819917164",
      "created_at" : "Thu May 01 19:42:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lena_fischer: Please be advised: Personal property items recovered from revenue vehicles may be retrieved at the University Station cus…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917608245731142686"
          ],
          "editableUntil" : "2025-04-30T16:53:27.877Z",
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
        "121"
      ],
      "favorite_count" : "12",
      "id_str" : "1917608245731142686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917608245731142686",
      "created_at" : "Wed Apr 30 15:53:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Fare capping starts May 17: once you've paid $5 in a day, the rest of your rides are free. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917300701421274318"
          ],
          "editableUntil" : "2025-04-29T20:31:23.600Z",
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
              "94",
              "102"
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
        "104"
      ],
      "favorite_count" : "10",
      "id_str" : "1917300701421274318",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1917300701421274318",
      "created_at" : "Tue Apr 29 19:31:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: The summer block party is this Monday at the Job Center. Looks like fun. #transit 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917054253834038308"
          ],
          "editableUntil" : "2025-04-29T04:12:05.916Z",
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
              "232",
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
      "favorite_count" : "0",
      "id_str" : "1917054253834038308",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1917054253834038308",
      "created_at" : "Tue Apr 29 03:12:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Linden Park is glittering this day. Nothing beats the view of the river from the Senior Center on a clear morning. You all are the best. Proud of our team for getting the Airport Flyer back on schedule so fast. Questions? Just ask! #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916971072368736829"
          ],
          "editableUntil" : "2025-04-28T22:41:33.909Z",
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
              "235",
              "243"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "244",
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
      "id_str" : "1916971072368736829",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1916971072368736829",
      "created_at" : "Mon Apr 28 21:41:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the new trip planner: the council approved the funding. More soon. You all asked, so here's a thread on the new trip planner. I stand corrected: a rider pointed out the Memorial Park stop moved to Orchard Ave. Thank you! #transit #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916920576080669747"
          ],
          "editableUntil" : "2025-04-28T19:20:54.656Z",
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
              "171",
              "187"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "188",
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
        "200"
      ],
      "favorite_count" : "2",
      "id_str" : "1916920576080669747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916920576080669747",
      "created_at" : "Mon Apr 28 18:20:54 +0000 2025",
      "favorited" : false,
      "full_text" : "The 24 carried 256 rides last week, up 12% from last year. Share this with anyone who rides the 24! Any changes to the 24 will only be considered after a full evaluation. #RivertonTransit #RiverDays 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916899110183809771"
          ],
          "editableUntil" : "2025-04-28T17:55:36.788Z",
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
              "85",
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
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1916898268119694248",
      "id_str" : "1916899110183809771",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1916899110183809771",
      "in_reply_to_status_id" : "1916898268119694248",
      "created_at" : "Mon Apr 28 16:55:36 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Paratransit trips for Monday can be booked until 7:30 today. Call or use the app. #RivertonTransit",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916898268119694248"
          ],
          "editableUntil" : "2025-04-28T17:52:16.024Z",
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
              "148",
              "159"
            ],
            "id_str" : "446946216",
            "id" : "446946216"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "40",
      "id_str" : "1916898268119694248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916898268119694248",
      "created_at" : "Mon Apr 28 16:52:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Memorial Park on a clear morning. The new mural at Memorial Park is finished and it looks great. Teamwork: @aishabello and our ops crew sorted out the Route 2 detour in an hour. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916867911814948345"
          ],
          "editableUntil" : "2025-04-28T15:51:38.517Z",
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
            "name" : "Nightdj1978",
            "screen_name" : "nightdj1978",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "35385790360149654",
            "id" : "35385790360149654"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/4027jhrIPn",
            "expanded_url" : "https://www.rrta.example/survey/parkside",
            "display_url" : "www.rrta.example/survey/p…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1916575651063132476",
      "id_str" : "1916867911814948345",
      "in_reply_to_user_id" : "35385790360149654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916867911814948345",
      "in_reply_to_status_id" : "1916575651063132476",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 28 14:51:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@nightdj1978 Thanks for reaching out. New schedules start May 18. You can see them at https://t.co/4027jhrIPn We're testing a bus stop adoption program in Parkside soon, so your feedback really helps. Hope that helps! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "nightdj1978",
      "in_reply_to_user_id_str" : "35385790360149654"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916863429614740892"
          ],
          "editableUntil" : "2025-04-28T15:33:49.877Z",
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
      "favorite_count" : "14",
      "id_str" : "1916863429614740892",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916863429614740892",
      "created_at" : "Mon Apr 28 14:33:49 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: The City of Riverton has announced the schedule for Family Day at the zoo, which will take place at St. L…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916837475907145474"
          ],
          "editableUntil" : "2025-04-28T13:50:42.031Z",
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
              "76",
              "84"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "85",
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
        "98"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1916837048608409731",
      "id_str" : "1916837475907145474",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1916837475907145474",
      "in_reply_to_status_id" : "1916837048608409731",
      "created_at" : "Mon Apr 28 12:50:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from Lakeside Plaza on a clear morning. #busstop #RiverDays 🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916837048608409731"
          ],
          "editableUntil" : "2025-04-28T13:49:00.155Z",
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
        "274"
      ],
      "favorite_count" : "6",
      "id_str" : "1916837048608409731",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916837048608409731",
      "created_at" : "Mon Apr 28 12:49:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Plot twist: the busiest stop on the 38 isn't downtown, it's Canal St &amp; Hawthorne Rd. Open house about the reduced fare program on Friday, 6:10 at the Farmers Market. Kids welcome. It's in the schedule. Any changes to the 38 will only be considered after a full evaluation. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916325001419285213"
          ],
          "editableUntil" : "2025-04-27T03:54:18.592Z",
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
              "114",
              "130"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Xf3DAg0m57",
            "expanded_url" : "https://x.com/epetrova/status/1915792989744732942",
            "display_url" : "x.com/epetrova/status/191…",
            "indices" : [
              "183",
              "206"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "7",
      "id_str" : "1916325001419285213",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1916325001419285213",
      "possibly_sensitive" : false,
      "created_at" : "Sun Apr 27 02:54:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Big day for Northside. Stay safe in the snow. Warming buses are parked at Central Station and City Hall. Kudos to @RivertonLibrary for the joint safety campaign. Questions? Just ask! https://t.co/Xf3DAg0m57",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915893038754257343"
          ],
          "editableUntil" : "2025-04-25T23:17:50.667Z",
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
            "name" : "Justnight1992",
            "screen_name" : "justnight1992",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "22026774465183838",
            "id" : "22026774465183838"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1915892341462560099",
      "id_str" : "1915893038754257343",
      "in_reply_to_user_id" : "22026774465183838",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1915893038754257343",
      "in_reply_to_status_id" : "1915892341462560099",
      "created_at" : "Fri Apr 25 22:17:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@justnight1992 Hello! We hear you. Saturday service on the 34 is on the list for the next service change. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "justnight1992",
      "in_reply_to_user_id_str" : "22026774465183838"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915854117106938323"
          ],
          "editableUntil" : "2025-04-25T20:43:11.023Z",
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
      "favorite_count" : "3",
      "id_str" : "1915854117106938323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915854117106938323",
      "created_at" : "Fri Apr 25 19:43:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: If the 39 had a soundtrack, this morning it would be a slow jazz tune. Riverton continues to demonstrate robust civic par…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915816042078995940"
          ],
          "editableUntil" : "2025-04-25T18:11:53.229Z",
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
      "favorite_count" : "0",
      "id_str" : "1915816042078995940",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1915816042078995940",
      "created_at" : "Fri Apr 25 17:11:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @chris_dunn: The City of Riverton has announced the schedule for the Cinco de Mayo festival, which will take place at Northside Mall. Th…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915453557918299778"
          ],
          "editableUntil" : "2025-04-24T18:11:30.270Z",
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
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1915453557918299778",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1915453557918299778",
      "created_at" : "Thu Apr 24 17:11:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the air show.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915384999725217587"
          ],
          "editableUntil" : "2025-04-24T13:39:04.723Z",
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
              "236",
              "245"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/17ouafaDr5",
            "expanded_url" : "https://www.rrta.example/schedules/april-16",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "52",
      "id_str" : "1915384999725217587",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915384999725217587",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 24 12:39:04 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the Eastgate station rebuild. Take the 5-minute survey: https://t.co/17ouafaDr5 You all asked, so here is a thread on the Eastgate station rebuild. Proud of our team for getting Route 7X back on schedule so fast. #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915374251405079797"
          ],
          "editableUntil" : "2025-04-24T12:56:22.124Z",
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
      "favorite_count" : "0",
      "id_str" : "1915374251405079797",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1915374251405079797",
      "created_at" : "Thu Apr 24 11:56:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @mhill: Everything about this morning feels sparkling. Saw 170 people at Eastgate Transit Center for the Fourth of July fireworks. River…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915372526651766290"
          ],
          "editableUntil" : "2025-04-24T12:49:30.911Z",
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
              "111",
              "121"
            ],
            "id_str" : "3172488704779972096",
            "id" : "3172488704779972096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "6",
      "id_str" : "1915372526651766290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915372526651766290",
      "created_at" : "Thu Apr 24 11:49:30 +0000 2025",
      "favorited" : false,
      "full_text" : "New schedules start May 6. The 21 will come every 15 minutes on weekdays. Not my area of expertise, so I asked @bencarter. Answer coming soon. You all are the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915106068677568082"
          ],
          "editableUntil" : "2025-04-23T19:10:42.379Z",
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
        "170"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1915105817223487197",
      "id_str" : "1915106068677568082",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1915106068677568082",
      "in_reply_to_status_id" : "1915105817223487197",
      "created_at" : "Wed Apr 23 18:10:42 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ The new mural at Lakeside Plaza is finished and it looks great. Proud of our team for getting the 33 back on schedule so fast. Share this with anyone who rides the 33!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915105817223487197"
          ],
          "editableUntil" : "2025-04-23T19:09:42.428Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "transit",
            "indices" : [
              "145",
              "153"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Downtown Riverton Alliance",
            "screen_name" : "RivDowntown",
            "indices" : [
              "98",
              "110"
            ],
            "id_str" : "3081679568",
            "id" : "3081679568"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/iA74XEVmxK",
            "expanded_url" : "https://www.rrta.example/survey/canal-district",
            "display_url" : "www.rrta.example/survey/c…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1915105288743566504",
      "id_str" : "1915105817223487197",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915105817223487197",
      "in_reply_to_status_id" : "1915105288743566504",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 23 18:09:42 +0000 2025",
      "favorited" : false,
      "full_text" : "The new Route 41 timetable is out. Pick one up on the bus or see https://t.co/iA74XEVmxK Kudos to @RivDowntown for co-hosting the jazz festival. #transit",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915105288743566504"
          ],
          "editableUntil" : "2025-04-23T19:07:36.429Z",
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
              "128",
              "136"
            ]
          },
          {
            "text" : "RideRRTA",
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
        "148"
      ],
      "favorite_count" : "2",
      "id_str" : "1915105288743566504",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1915105288743566504",
      "created_at" : "Wed Apr 23 18:07:36 +0000 2025",
      "favorited" : false,
      "full_text" : "The River Hawks home opener is this Monday at Central Station. Looks like fun. Share this with anyone who rides the Green Line! #transit #RideRRTA 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915060688213357456"
          ],
          "editableUntil" : "2025-04-23T16:10:22.834Z",
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
            "name" : "Mike Hey1",
            "screen_name" : "mike_hey1",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "57691973736765089",
            "id" : "57691973736765089"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1915033290517866258",
      "id_str" : "1915060688213357456",
      "in_reply_to_user_id" : "57691973736765089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915060688213357456",
      "in_reply_to_status_id" : "1915033290517866258",
      "created_at" : "Wed Apr 23 15:10:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@mike_hey1 Hey! Ugh, sorry to hear that. The 9:05 am trip is our busiest. We have asked planning to add a bus. Thanks so much for letting us know! Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mike_hey1",
      "in_reply_to_user_id_str" : "57691973736765089"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915042915415723801"
          ],
          "editableUntil" : "2025-04-23T14:59:45.468Z",
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
              "84",
              "93"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "30",
      "id_str" : "1915042915415723801",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915042915415723801",
      "created_at" : "Wed Apr 23 13:59:45 +0000 2025",
      "favorited" : false,
      "full_text" : "13% of our riedrs use the bus to get to work. That's a lot of commutes. Make sense? #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914781212499573634"
          ],
          "editableUntil" : "2025-04-22T21:39:50.631Z",
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
            "name" : "Nursemr2005",
            "screen_name" : "nursemr2005",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "22893014987530342",
            "id" : "22893014987530342"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1914775682793522756",
      "id_str" : "1914781212499573634",
      "in_reply_to_user_id" : "22893014987530342",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914781212499573634",
      "in_reply_to_status_id" : "1914775682793522756",
      "created_at" : "Tue Apr 22 20:39:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursemr2005 We apologize for the delay. We know the 25 arrivals have been off. A fix is going in this week. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursemr2005",
      "in_reply_to_user_id_str" : "22893014987530342"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914770501128155383"
          ],
          "editableUntil" : "2025-04-22T20:57:16.841Z",
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
      "favorite_count" : "1",
      "id_str" : "1914770501128155383",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914770501128155383",
      "created_at" : "Tue Apr 22 19:57:16 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Nothing beats the view of the river from Riverton Community College on a clear morning. Our first try at a rider Q&amp;A on video…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914752274453542019"
          ],
          "editableUntil" : "2025-04-22T19:44:51.263Z",
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
        "137"
      ],
      "favorite_count" : "18",
      "id_str" : "1914752274453542019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914752274453542019",
      "created_at" : "Tue Apr 22 18:44:51 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: The City of Riverton has announced the schedule for the Dragon Boat races, which will take place at Central Station.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914749598833660174"
          ],
          "editableUntil" : "2025-04-22T19:34:13.346Z",
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
              "140",
              "156"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "157",
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
      "id_str" : "1914749598833660174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914749598833660174",
      "created_at" : "Tue Apr 22 18:34:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Route 50 is running about 45 minutes late because of a medical call on board. Please share with your neighbors who ride Route 50! #RivertonTransit #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914703474768474319"
          ],
          "editableUntil" : "2025-04-22T16:30:56.512Z",
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
        "111"
      ],
      "favorite_count" : "11",
      "id_str" : "1914703474768474319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914703474768474319",
      "created_at" : "Tue Apr 22 15:30:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: Pride in the Park is this Friday at the county courthouse. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914682106243443687"
          ],
          "editableUntil" : "2025-04-22T15:06:01.858Z",
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
      "favorite_count" : "8",
      "id_str" : "1914682106243443687",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914682106243443687",
      "created_at" : "Tue Apr 22 14:06:01 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Eligible customers may apply for reduced fare program participation through the designated application portal at https://t.co/l…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914671006550651855"
          ],
          "editableUntil" : "2025-04-22T14:21:55.485Z",
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
            "name" : "Owlmike3",
            "screen_name" : "owlmike3",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "35149261514046148",
            "id" : "35149261514046148"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1914667081257218011",
      "id_str" : "1914671006550651855",
      "in_reply_to_user_id" : "35149261514046148",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1914671006550651855",
      "in_reply_to_status_id" : "1914667081257218011",
      "created_at" : "Tue Apr 22 13:21:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@owlmike3 Hey! The 6:35 am trip is our busiest. We've asked planning to add a bus!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owlmike3",
      "in_reply_to_user_id_str" : "35149261514046148"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914511062816233954"
          ],
          "editableUntil" : "2025-04-22T03:46:21.927Z",
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
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1914511062816233954",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914511062816233954",
      "created_at" : "Tue Apr 22 02:46:21 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Eastgate Transit Center is finished and it looks great. Proud of our team for getting Route 41 back on schedule so fast!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914368045646690228"
          ],
          "editableUntil" : "2025-04-21T18:18:03.977Z",
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
      "favorite_count" : "49",
      "id_str" : "1914368045646690228",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1914368045646690228",
      "created_at" : "Mon Apr 21 17:18:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Heads up: the 41 skips Westgate Blvd until Friday. The closest stop is Westgate Blvd &amp; Willow Rd. Not my area of expertise,…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914364464905727423"
          ],
          "editableUntil" : "2025-04-21T18:03:50.262Z",
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
            "name" : "Grandpathe Real",
            "screen_name" : "grandpathe_real",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59160173677303997",
            "id" : "59160173677303997"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1914363501885995246",
      "id_str" : "1914364464905727423",
      "in_reply_to_user_id" : "59160173677303997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914364464905727423",
      "in_reply_to_status_id" : "1914363501885995246",
      "created_at" : "Mon Apr 21 17:03:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpathe_real Thanks for reaching out. We apologize for the delay. The 3:40 pm trip is our busiest. We've asked planning to add a bus. Follow us for live updates on Route 3!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpathe_real",
      "in_reply_to_user_id_str" : "59160173677303997"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914309037455861152"
          ],
          "editableUntil" : "2025-04-21T14:23:35.328Z",
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
      "favorite_count" : "16",
      "id_str" : "1914309037455861152",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1914309037455861152",
      "created_at" : "Mon Apr 21 13:23:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: Riverton continues to demonstrate robust ciivc participation, as evidenced by attendance at the food truck rally. Any quest…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914284449759414517"
          ],
          "editableUntil" : "2025-04-21T12:45:53.164Z",
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
              "146",
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
      "favorite_count" : "11",
      "id_str" : "1914284449759414517",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1914284449759414517",
      "created_at" : "Mon Apr 21 11:45:53 +0000 2025",
      "favorited" : false,
      "full_text" : "We will have extra service to West High School for the Harvest Market. Last bus back is at 9:05. Please share with your neighbors who ride the 8! #RivertonTransit ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913941283253246756"
          ],
          "editableUntil" : "2025-04-20T14:02:15.894Z",
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
        "190"
      ],
      "favorite_count" : "18",
      "id_str" : "1913941283253246756",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1913941283253246756",
      "created_at" : "Sun Apr 20 13:02:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Raymond has driven the 10 for 28 years and still knows every regular by name. Meet Raymond, who keeps the 10 running through Cedar Heights every morning. Our riders deesrve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913769499901996571"
          ],
          "editableUntil" : "2025-04-20T02:39:39.551Z",
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
      "id_str" : "1913769499901996571",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1913769499901996571",
      "created_at" : "Sun Apr 20 01:39:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Supplemental service deployment will support anticipated demand associated with the River Hawks home opener, with enhanced f…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913378316231308216"
          ],
          "editableUntil" : "2025-04-19T00:45:14.096Z",
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
      "id_str" : "1913378316231308216",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1913378316231308216",
      "created_at" : "Fri Apr 18 23:45:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capacity to facilitate a…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913300848277344499"
          ],
          "editableUntil" : "2025-04-18T19:37:24.297Z",
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
        "244"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1913299968826696723",
      "id_str" : "1913300848277344499",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1913300848277344499",
      "in_reply_to_status_id" : "1913299968826696723",
      "created_at" : "Fri Apr 18 18:37:24 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ Found a note taped in the Summit Ave &amp; Bluff St shelter today: \"thank you for the bench.\" It made our week. The 32 carried 176 rides last week, up 2% from last year. We're trying something new: QR codes at every stop. Tell us what you think!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913299968826696723"
          ],
          "editableUntil" : "2025-04-18T19:33:54.619Z",
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
              "181",
              "195"
            ]
          },
          {
            "text" : "transit",
            "indices" : [
              "196",
              "204"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1913299613113394974",
      "id_str" : "1913299968826696723",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1913299968826696723",
      "in_reply_to_status_id" : "1913299613113394974",
      "created_at" : "Fri Apr 18 18:33:54 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ Reminder: Monthly passes for April are on sale at University Station and on our website. Stay cool out there! You all asked, so here is a thread on the Eastgate station rebuild. #accessibility #transit",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913299613113394974"
          ],
          "editableUntil" : "2025-04-18T19:32:29.811Z",
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
        "186"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1913298609027110960",
      "id_str" : "1913299613113394974",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913299613113394974",
      "in_reply_to_status_id" : "1913298609027110960",
      "created_at" : "Fri Apr 18 18:32:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Paratransit trips for Monday can be booked until 7:55 today. Call or use the app. You all are the best. This is why transit matters: seniors get to Eastgate Transit Center without a car!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913298609027110960"
          ],
          "editableUntil" : "2025-04-18T19:28:30.418Z",
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
      "favorite_count" : "24",
      "id_str" : "1913298609027110960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913298609027110960",
      "created_at" : "Fri Apr 18 18:28:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Found on the 88: a phone. Claim it at Southport Station lost and found. Note to self: Sycamore Flats at dawn is restless. Did you leave a phone on bus 1114? It's waiting for you at Southport Station. Appreciate every one of you. 👍🙏 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913276498885548867"
          ],
          "editableUntil" : "2025-04-18T18:00:38.949Z",
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
            "name" : "Justtj2001",
            "screen_name" : "justtj2001",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "5329732800980060",
            "id" : "5329732800980060"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1913273964268861570",
      "id_str" : "1913276498885548867",
      "in_reply_to_user_id" : "5329732800980060",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913276498885548867",
      "in_reply_to_status_id" : "1913273964268861570",
      "created_at" : "Fri Apr 18 17:00:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@justtj2001 Hello! Thanks for telling us. Comments about Cedar Heights go straight to our planners. Riders like you make this job worth it. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "justtj2001",
      "in_reply_to_user_id_str" : "5329732800980060"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913269599574209996"
          ],
          "editableUntil" : "2025-04-18T17:33:14.025Z",
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
            "name" : "K Sam97",
            "screen_name" : "k_sam97",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "40555076989973015",
            "id" : "40555076989973015"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1913267608973371972",
      "id_str" : "1913269599574209996",
      "in_reply_to_user_id" : "40555076989973015",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913269599574209996",
      "in_reply_to_status_id" : "1913267608973371972",
      "created_at" : "Fri Apr 18 16:33:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@k_sam97 Thanks for reaching out. Ugh, sorry to hear that. Sorry you got left behind. We are adding trips to the Airport Flyer this month. We are testing a fare-free week in April soon, so your feedback really helps. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "k_sam97",
      "in_reply_to_user_id_str" : "40555076989973015"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912967194106166625"
          ],
          "editableUntil" : "2025-04-17T21:31:34.943Z",
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
            "url" : "https://t.co/uBFwuMp05g",
            "expanded_url" : "https://x.com/RivertonSchools/status/1912840264224778964",
            "display_url" : "x.com/RivertonSchools/sta…",
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
      "favorite_count" : "7",
      "id_str" : "1912967194106166625",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1912967194106166625",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 17 20:31:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. A rider told me she has taken Route 26 to the same job for 26 years and never once missed a shift. Fare capping starts April 21: once you've paid $5 in a day, the rest of your rides are free. https://t.co/uBFwuMp05g",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912881816528469633"
          ],
          "editableUntil" : "2025-04-17T15:52:19.342Z",
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
            "name" : "Night Northside",
            "screen_name" : "night_northside",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "14240329574952687",
            "id" : "14240329574952687"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1912846135949535299",
      "id_str" : "1912881816528469633",
      "in_reply_to_user_id" : "14240329574952687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912881816528469633",
      "in_reply_to_status_id" : "1912846135949535299",
      "created_at" : "Thu Apr 17 14:52:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_northside Hey! Thanks, the Farmers Market is closed for work. We've asked the trip planner folks to fix it. Have a great day!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_northside",
      "in_reply_to_user_id_str" : "14240329574952687"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912845131671899260"
          ],
          "editableUntil" : "2025-04-17T13:26:32.991Z",
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
              "105",
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
      "favorite_count" : "17",
      "id_str" : "1912845131671899260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912845131671899260",
      "created_at" : "Thu Apr 17 12:26:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 158 people at the fairgrounds for graduation weekend. Riverton, you showed up! You all are the best. #RideRRTA 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912836137920468006"
          ],
          "editableUntil" : "2025-04-17T12:50:48.714Z",
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
      "favorite_count" : "4",
      "id_str" : "1912836137920468006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1912836137920468006",
      "created_at" : "Thu Apr 17 11:50:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @epetrova: Picture this: sunrise over the river, a bus full of sleepy commuters and Lupe humming along. Riverton continues to demonstrat…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912833003820725277"
          ],
          "editableUntil" : "2025-04-17T12:38:21.486Z",
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
              "182",
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
        "191"
      ],
      "favorite_count" : "13",
      "id_str" : "1912833003820725277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912833003820725277",
      "created_at" : "Thu Apr 17 11:38:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Open house about the transit signal priority project on Wednesday, 5:25 am at the fairgrounds. Kids welcome. Going live from the air show at 5:25 am, bring your questions! #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912596625279972660"
          ],
          "editableUntil" : "2025-04-16T20:59:04.450Z",
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
      "id_str" : "1912596625279972660",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1912596625279972660",
      "created_at" : "Wed Apr 16 19:59:04 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: The food truck rally is Wednesday. Buses will drop off at Harbor Point, two blocks from the entrance. Experiment time: a tex…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912539587053811208"
          ],
          "editableUntil" : "2025-04-16T17:12:25.477Z",
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
            "name" : "Koldmill",
            "screen_name" : "koldmill",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "36689518460518458",
            "id" : "36689518460518458"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1912533874111214780",
      "id_str" : "1912539587053811208",
      "in_reply_to_user_id" : "36689518460518458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912539587053811208",
      "in_reply_to_status_id" : "1912533874111214780",
      "created_at" : "Wed Apr 16 16:12:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@koldmill Hey there! Sorry to hear that. The next 26 is about 20 minutes away from Victory Pkwy &amp; Bluff St. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "koldmill",
      "in_reply_to_user_id_str" : "36689518460518458"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912175293251605832"
          ],
          "editableUntil" : "2025-04-15T17:04:51.067Z",
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
            "name" : "Bikegirl Coffee",
            "screen_name" : "bikegirl_coffee",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59957515020407149",
            "id" : "59957515020407149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1912171798384223732",
      "id_str" : "1912175293251605832",
      "in_reply_to_user_id" : "59957515020407149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912175293251605832",
      "in_reply_to_status_id" : "1912171798384223732",
      "created_at" : "Tue Apr 15 16:04:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@bikegirl_coffee Hi there! So sorry to hear about your morning. That's not OK. We've logged it and operations will review the video from bus 1677. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bikegirl_coffee",
      "in_reply_to_user_id_str" : "59957515020407149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911920389436352463"
          ],
          "editableUntil" : "2025-04-15T00:11:57.261Z",
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
          },
          {
            "name" : "Ben Carter",
            "screen_name" : "bencarter",
            "indices" : [
              "124",
              "134"
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
      "id_str" : "1911920389436352463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911920389436352463",
      "created_at" : "Mon Apr 14 23:11:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bencarter: Municipal offices will observe modified operating hours on Monday in connection with the air show. Teamwork: @bencarter and…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911867342326973838"
          ],
          "editableUntil" : "2025-04-14T20:41:09.845Z",
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
              "126",
              "135"
            ],
            "id_str" : "3753071933",
            "id" : "3753071933"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/dN6Vxe6khl",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "13",
      "id_str" : "1911867342326973838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911867342326973838",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 14 19:41:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Reduced fare cards are half price for seniors, stuednts and riders with disabilities. Apply: https://t.co/dN6Vxe6khl Kudos to @RivBikes for the joint safety campaign.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911751929955339855"
          ],
          "editableUntil" : "2025-04-14T13:02:33.391Z",
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
      "id_str" : "1911751929955339855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911751929955339855",
      "created_at" : "Mon Apr 14 12:02:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonSchools: Please be advised: If Route 31 had a soundtrack, this morning it would be a slow jazz tune. Update on the bus stop aud…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911407376114540742"
          ],
          "editableUntil" : "2025-04-13T14:13:25.354Z",
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
        "171"
      ],
      "favorite_count" : "27",
      "id_str" : "1911407376114540742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911407376114540742",
      "created_at" : "Sun Apr 13 13:13:25 +0000 2025",
      "favorited" : false,
      "full_text" : "The Cinco de Mayo festival is this Tuesday at Eastgate Transit Center. Looks like fun. Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911220457212968808"
          ],
          "editableUntil" : "2025-04-13T01:50:40.415Z",
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
            "name" : "Transitnerd Old",
            "screen_name" : "transitnerd_old",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "18784572652177302",
            "id" : "18784572652177302"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1911219248873755760",
      "id_str" : "1911220457212968808",
      "in_reply_to_user_id" : "18784572652177302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911220457212968808",
      "in_reply_to_status_id" : "1911219248873755760",
      "created_at" : "Sun Apr 13 00:50:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@transitnerd_old Hey there! Thanks for telling us. We have sent this to the 14 supervisor to talk with the driver. Follow us for live updates on the 14. Safe travels! 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "transitnerd_old",
      "in_reply_to_user_id_str" : "18784572652177302"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911180542733681409"
          ],
          "editableUntil" : "2025-04-12T23:12:04.062Z",
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
            "url" : "https://t.co/HSQODA62SR",
            "expanded_url" : "https://www.rrta.example/projects/paratransit-booking-app",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "1",
      "id_str" : "1911180542733681409",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1911180542733681409",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 12 22:12:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Can't make the meeting on Friday? Leave a comment about the paratransit booking app here: https://t.co/HSQODA62SR Great question! I don't know offhand, but our planning team does. Checking now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911055951373192215"
          ],
          "editableUntil" : "2025-04-12T14:56:59.166Z",
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
            "name" : "Nursedee1998",
            "screen_name" : "nursedee1998",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "11071246439671924",
            "id" : "11071246439671924"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1911054565743218408",
      "id_str" : "1911055951373192215",
      "in_reply_to_user_id" : "11071246439671924",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1911055951373192215",
      "in_reply_to_status_id" : "1911054565743218408",
      "created_at" : "Sat Apr 12 13:56:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@nursedee1998 Hi there! The next 12 is about 8 minutes away from the VA clinic!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nursedee1998",
      "in_reply_to_user_id_str" : "11071246439671924"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910780309930829923"
          ],
          "editableUntil" : "2025-04-11T20:41:41.125Z",
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
              "112",
              "121"
            ]
          }
        ],
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
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1910780309930829923",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910780309930829923",
      "created_at" : "Fri Apr 11 19:41:41 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @oliviarides: Nothing beats the view of the river from the Senior Center on a clear morning. Does that help? #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910770903818905219"
          ],
          "editableUntil" : "2025-04-11T20:04:18.534Z",
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
            "name" : "Riverbendmike",
            "screen_name" : "riverbendmike",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "21583567070177639",
            "id" : "21583567070177639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1910768863481808645",
      "id_str" : "1910770903818905219",
      "in_reply_to_user_id" : "21583567070177639",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910770903818905219",
      "in_reply_to_status_id" : "1910768863481808645",
      "created_at" : "Fri Apr 11 19:04:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@riverbendmike Hey! The next 4 is about 5 minutes away from Northside Mall. We're working on it together with operations. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "riverbendmike",
      "in_reply_to_user_id_str" : "21583567070177639"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910762052985216250"
          ],
          "editableUntil" : "2025-04-11T19:29:08.330Z",
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
              "57",
              "65"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "19",
      "id_str" : "1910762052985216250",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1910762052985216250",
      "created_at" : "Fri Apr 11 18:29:08 +0000 2025",
      "favorited" : false,
      "full_text" : "More people are riding: 40,209 trips on Wednesday alone. #busstop 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910759730779622181"
          ],
          "editableUntil" : "2025-04-11T19:19:54.673Z",
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
              "200",
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
        "228"
      ],
      "favorite_count" : "6",
      "id_str" : "1910759730779622181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910759730779622181",
      "created_at" : "Fri Apr 11 18:19:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Because of the high winds, the 16 will skip the hill on Vine St. Board at Vine St &amp; Summit Ave. This is why transit matters: a rider got to a job interview in Lakeside. Stay cool out there! #RiverDays #TransitTuesday 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1910720472493983747",
          "editControlInitial" : {
            "editTweetIds" : [
              "1910720472493983747",
              "1910723935881071962"
            ],
            "editableUntil" : "2025-04-11T16:43:54.769Z",
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
        "253"
      ],
      "favorite_count" : "14",
      "id_str" : "1910723935881071962",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910723935881071962",
      "created_at" : "Fri Apr 11 15:57:40 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has taken the 32 to the same job for 19 years and never once missed a shift. Audio stop announcements are now on every the 32 bus. Stay cool out there! Update: earlier I said the survey closes Sunday. It closes Friday. My mistake. 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910720472493983747",
            "1910723935881071962"
          ],
          "editableUntil" : "2025-04-11T16:43:54.769Z",
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
        "253"
      ],
      "favorite_count" : "12",
      "id_str" : "1910720472493983747",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910720472493983747",
      "created_at" : "Fri Apr 11 15:43:54 +0000 2025",
      "favorited" : false,
      "full_text" : "A rider told me she has tkaen the 32 to the same job for 19 years and never once missed a shift. Audio stop announcements are now on every the 32 bus. Stay cool out there! Update: earlier I said the survey closes Sunday. It closes Friday. My mistake. 🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910701678305424146"
          ],
          "editableUntil" : "2025-04-11T15:29:13.885Z",
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
        "121"
      ],
      "favorite_count" : "42",
      "id_str" : "1910701678305424146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910701678305424146",
      "created_at" : "Fri Apr 11 14:29:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Note to self: Sycamore Flats at dawn is whimsical. Pride in the Park is this Monday at the Senior Center. Looks like fun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910694409698321006"
          ],
          "editableUntil" : "2025-04-11T15:00:20.914Z",
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
            "name" : "Lakesidemike200",
            "screen_name" : "lakesidemike200",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "43705763080698445",
            "id" : "43705763080698445"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "34",
      "in_reply_to_status_id_str" : "1910537247267438671",
      "id_str" : "1910694409698321006",
      "in_reply_to_user_id" : "43705763080698445",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1910694409698321006",
      "in_reply_to_status_id" : "1910537247267438671",
      "created_at" : "Fri Apr 11 14:00:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidemike200 Hey! That's not OK. We've logged it and operations will review the video from bus 1396.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidemike200",
      "in_reply_to_user_id_str" : "43705763080698445"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910525583179749558"
          ],
          "editableUntil" : "2025-04-11T03:49:29.535Z",
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
              "93",
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
      "in_reply_to_status_id_str" : "1910524771065228230",
      "id_str" : "1910525583179749558",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910525583179749558",
      "in_reply_to_status_id" : "1910524771065228230",
      "created_at" : "Fri Apr 11 02:49:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Fare capping starts April 24: once you've paid $5 in a day, the rest of your rides are free. #RivertonTransit",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910524771065228230"
          ],
          "editableUntil" : "2025-04-11T03:46:15.912Z",
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
              "178",
              "193"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "194",
              "203"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PnN4QkBkzR",
            "expanded_url" : "https://www.rrta.example/news/food-truck-rally",
            "display_url" : "www.rrta.example/news/foo…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "17",
      "id_str" : "1910524771065228230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910524771065228230",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 11 02:46:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Can't make the meeting on Thursday? Leave a comment about the winter service plan here: https://t.co/PnN4QkBkzR Our riders deserve reliable service. Appreciate every one of you. #TransitTuesday #RideRRTA 🎉 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910479110655692734"
          ],
          "editableUntil" : "2025-04-11T00:44:49.622Z",
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
              "161",
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
      "favorite_count" : "0",
      "id_str" : "1910479110655692734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910479110655692734",
      "created_at" : "Thu Apr 10 23:44:49 +0000 2025",
      "favorited" : false,
      "full_text" : "The 22 is running about 30 minutes late because of a train at the crossing. Proud of our team for getting the 22 back on schedule so fast. You all are the best. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910432841222597872"
          ],
          "editableUntil" : "2025-04-10T21:40:58.130Z",
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
      "favorite_count" : "14",
      "id_str" : "1910432841222597872",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1910432841222597872",
      "created_at" : "Thu Apr 10 20:40:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Please be advised: System-wide ridership metrics reflect a 38% year-over-year increase, driven by enhanced service levels on ke…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910427557542568490"
          ],
          "editableUntil" : "2025-04-10T21:19:58.402Z",
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
        "93"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1910426682352448016",
      "id_str" : "1910427557542568490",
      "in_reply_to_user_id" : "40608235990698846",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910427557542568490",
      "in_reply_to_status_id" : "1910426682352448016",
      "created_at" : "Thu Apr 10 20:19:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@deebusrider The last 40 leaves Harbor Point Station at 5:15 am on weekdays. Hope that helps!",
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
            "1910426795029280024"
          ],
          "editableUntil" : "2025-04-10T21:16:56.605Z",
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
      "favorite_count" : "6",
      "id_str" : "1910426795029280024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910426795029280024",
      "created_at" : "Thu Apr 10 20:16:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: The City of Riverton has announced the schedule for the Lantern Walk, which will take place at St. Luke's Clinic. https:…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910364318093866047"
          ],
          "editableUntil" : "2025-04-10T17:08:40.943Z",
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
        "157"
      ],
      "favorite_count" : "17",
      "id_str" : "1910364318093866047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910364318093866047",
      "created_at" : "Thu Apr 10 16:08:40 +0000 2025",
      "favorited" : false,
      "full_text" : "A golden morning on Route 7, as promised. Heads up: Route 7 skips Water St until Thursday. The closest stop is Water St &amp; Hawthorne Rd. You all are the best!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910349212046090018"
          ],
          "editableUntil" : "2025-04-10T16:08:39.380Z",
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
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "184",
              "196"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/N9pEDCbeFY",
            "expanded_url" : "https://www.rrta.example/schedules/september-17",
            "display_url" : "www.rrta.example/schedule…",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "3",
      "id_str" : "1910349212046090018",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910349212046090018",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 10 15:08:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the air show this Monday! Skip the parking and ride Route 41. Heading to the air show? Ride free with your ticket on Route 41 all day. https://t.co/N9pEDCbeFY #transit #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910017410165494368"
          ],
          "editableUntil" : "2025-04-09T18:10:11.647Z",
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
      "favorite_count" : "0",
      "id_str" : "1910017410165494368",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910017410165494368",
      "created_at" : "Wed Apr 09 17:10:11 +0000 2025",
      "favorited" : false,
      "full_text" : "The river looks glittering today. Found on Route 4: a jacket. Claim it at Central Station lost and found.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909938572893348282"
          ],
          "editableUntil" : "2025-04-09T12:56:55.377Z",
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
      "favorite_count" : "17",
      "id_str" : "1909938572893348282",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1909938572893348282",
      "created_at" : "Wed Apr 09 11:56:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Heads up: Route 37 skips Victory Pkwy until Monday. The closest stop is Victory Pkwy &amp; Franklin St. Route 37 cannot get d…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909808532190294898"
          ],
          "editableUntil" : "2025-04-09T04:20:11.257Z",
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
        "urls" : [
          {
            "url" : "https://t.co/A0oYcqoR8Z",
            "expanded_url" : "https://www.rrta.example/alerts/april-10-route-19",
            "display_url" : "www.rrta.example/alerts/a…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1909808532190294898",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1909808532190294898",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 09 03:20:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: We want your ideas for the Night Owl expansion. Take the 5-minute survey: https://t.co/A0oYcqoR8Z Not my area of expertise, s…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909800827394799055"
          ],
          "editableUntil" : "2025-04-09T03:49:34.291Z",
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
      "favorite_count" : "8",
      "id_str" : "1909800827394799055",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1909800827394799055",
      "created_at" : "Wed Apr 09 02:49:34 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @dalerides: Please be advised: The City of Riverton has announced the schedule for the county fair, which will take place at Millworks L…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909653506462769684"
          ],
          "editableUntil" : "2025-04-08T18:04:10.244Z",
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
              "96",
              "105"
            ]
          },
          {
            "text" : "accessibility",
            "indices" : [
              "106",
              "120"
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
        "120"
      ],
      "favorite_count" : "15",
      "id_str" : "1909653506462769684",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1909653506462769684",
      "created_at" : "Tue Apr 08 17:04:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Nothing beats the view of the river from Riverton Library on a clear morning. #FareFree #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909645748545835233"
          ],
          "editableUntil" : "2025-04-08T17:33:20.612Z",
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
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1909645748545835233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909645748545835233",
      "created_at" : "Tue Apr 08 16:33:20 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Memorial Park is finished and it looks great. Nothing beats the view of the river from Memorial Park on a clear morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909605622862679260"
          ],
          "editableUntil" : "2025-04-08T14:53:53.904Z",
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
      "favorite_count" : "10",
      "id_str" : "1909605622862679260",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909605622862679260",
      "created_at" : "Tue Apr 08 13:53:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Please be advised: In coordination with event stakeholders, Riverton Regional Transit will operationalize additional capac…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909587829574988056"
          ],
          "editableUntil" : "2025-04-08T13:43:11.653Z",
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
      "favorite_count" : "9",
      "id_str" : "1909587829574988056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909587829574988056",
      "created_at" : "Tue Apr 08 12:43:11 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Plot twist: the busiest stop on Route 4 is not downtown, it is Westgate Blvd &amp; Kingsley Ave. Kids under 12 ride free all s…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909425997097292715"
          ],
          "editableUntil" : "2025-04-08T03:00:07.784Z",
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
            "name" : "Mr Night",
            "screen_name" : "mr_night",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3826852965025407",
            "id" : "3826852965025407"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/LAiNWRHyWK",
            "expanded_url" : "https://www.rrta.example/maps/route-4",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1909425051403986078",
      "id_str" : "1909425997097292715",
      "in_reply_to_user_id" : "3826852965025407",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1909425997097292715",
      "in_reply_to_status_id" : "1909425051403986078",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 08 02:00:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@mr_night Supplemental service will be deployed in support of the Lantern Walk; details are available at https://t.co/LAiNWRHyWK. We're testing a poetry contest on the bus cards soon, so your feedback really helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mr_night",
      "in_reply_to_user_id_str" : "3826852965025407"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909388818796440242"
          ],
          "editableUntil" : "2025-04-08T00:32:23.786Z",
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
              "16",
              "28"
            ],
            "id_str" : "3898165173",
            "id" : "3898165173"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PuGATBmUqb",
            "expanded_url" : "https://www.rrta.example/projects/northside-network-plan",
            "display_url" : "www.rrta.example/projects…",
            "indices" : [
              "95",
              "118"
            ]
          },
          {
            "url" : "https://t.co/psB2m45rxP",
            "expanded_url" : "https://x.com/aishabello/status/1908743205572678942",
            "display_url" : "x.com/aishabello/status/1…",
            "indices" : [
              "197",
              "220"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "17",
      "id_str" : "1909388818796440242",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1909388818796440242",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 07 23:32:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Great news from @RivFoodBank. The new Route 38 timetbale is out. Pick one up on the bus or see https://t.co/PuGATBmUqb Share this with anyone who rides Route 38! Thank you, Riverton! Sound good? 👍 https://t.co/psB2m45rxP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909377858459116657"
          ],
          "editableUntil" : "2025-04-07T23:48:50.638Z",
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
      "favorite_count" : "21",
      "id_str" : "1909377858459116657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909377858459116657",
      "created_at" : "Mon Apr 07 22:48:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Meet Ms. Carla, who keeps Route 26 running through Riverbend every morning. Going forward, deliverables should be synergize…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909308425953827768"
          ],
          "editableUntil" : "2025-04-07T19:12:56.639Z",
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
            "name" : "Owl Night85",
            "screen_name" : "owl_night85",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "30485986864756121",
            "id" : "30485986864756121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1909305130464580528",
      "id_str" : "1909308425953827768",
      "in_reply_to_user_id" : "30485986864756121",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1909308425953827768",
      "in_reply_to_status_id" : "1909305130464580528",
      "created_at" : "Mon Apr 07 18:12:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_night85 Hello! We're sorry for the trouble. That's not OK. We've logged it and operations will review the video from bus 2264. Follow us for live updates on the Airport Flyer.",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_night85",
      "in_reply_to_user_id_str" : "30485986864756121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909250797118466367"
          ],
          "editableUntil" : "2025-04-07T15:23:56.854Z",
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
            "name" : "Harborcoffee72",
            "screen_name" : "harborcoffee72",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "12995580518999992",
            "id" : "12995580518999992"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "33",
      "in_reply_to_status_id_str" : "1908316878926048367",
      "id_str" : "1909250797118466367",
      "in_reply_to_user_id" : "12995580518999992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909250797118466367",
      "in_reply_to_status_id" : "1908316878926048367",
      "created_at" : "Mon Apr 07 14:23:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@harborcoffee72 Sorry to hear that. Thanks, Lakeside Plaza is closed for work. We've asked the trip planner folks to fix it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harborcoffee72",
      "in_reply_to_user_id_str" : "12995580518999992"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909231832806158391"
          ],
          "editableUntil" : "2025-04-07T14:08:35.410Z",
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
      "favorite_count" : "1",
      "id_str" : "1909231832806158391",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1909231832806158391",
      "created_at" : "Mon Apr 07 13:08:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonChamber: A rider told me she has taken Route 16 to the same job for 4 years and never once missed a shift. Municipal offices wi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909213351687844128"
          ],
          "editableUntil" : "2025-04-07T12:55:09.168Z",
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
            "name" : "Mariams55",
            "screen_name" : "mariams55",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "26439758292486635",
            "id" : "26439758292486635"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1909212077673784813",
      "id_str" : "1909213351687844128",
      "in_reply_to_user_id" : "26439758292486635",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1909213351687844128",
      "in_reply_to_status_id" : "1909212077673784813",
      "created_at" : "Mon Apr 07 11:55:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariams55 Hello! Items found on buses go to University Station within a day. Give them a call at 555-0142!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariams55",
      "in_reply_to_user_id_str" : "26439758292486635"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909030455042473892"
          ],
          "editableUntil" : "2025-04-07T00:48:23.209Z",
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
            "name" : "Heytransitnerd2",
            "screen_name" : "heytransitnerd2",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "43743474095473763",
            "id" : "43743474095473763"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1909029719016360956",
      "id_str" : "1909030455042473892",
      "in_reply_to_user_id" : "43743474095473763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909030455042473892",
      "in_reply_to_status_id" : "1909029719016360956",
      "created_at" : "Sun Apr 06 23:48:23 +0000 2025",
      "favorited" : false,
      "full_text" : "@heytransitnerd2 Hey! Take the Red Line to Central Station, it is a short walk from there.",
      "lang" : "en",
      "in_reply_to_screen_name" : "heytransitnerd2",
      "in_reply_to_user_id_str" : "43743474095473763"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908262394649085977"
          ],
          "editableUntil" : "2025-04-04T21:56:23.342Z",
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
      "favorite_count" : "50",
      "id_str" : "1908262394649085977",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908262394649085977",
      "created_at" : "Fri Apr 04 20:56:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Supplemental service deployment will support anticipated demand associated with the River Hawks home opener, with enhanced fr…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908224770839347395"
          ],
          "editableUntil" : "2025-04-04T19:26:53.126Z",
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
        "216"
      ],
      "favorite_count" : "4",
      "id_str" : "1908224770839347395",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908224770839347395",
      "created_at" : "Fri Apr 04 18:26:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 1 is on detour around Kenwood Ave because of crane work on a new building. Catch it at Memorial Park instead. Our first try at live-posting a day on Route 1 didn't work. Lesson learned, round two starts Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908183934173129776"
          ],
          "editableUntil" : "2025-04-04T16:44:36.906Z",
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
              "239",
              "248"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "8",
      "id_str" : "1908183934173129776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908183934173129776",
      "created_at" : "Fri Apr 04 15:44:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Extra buses for the summer block party this Tuesday! Skip the parking and ride Route 28. What a rain-soaked afternoon in Sycamore Flats. We'll have extra service to West High School for the summer block party. Last bus back is at 2:05 pm. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908173196522021245"
          ],
          "editableUntil" : "2025-04-04T16:01:56.851Z",
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
              "239",
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
      "favorite_count" : "13",
      "id_str" : "1908173196522021245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908173196522021245",
      "created_at" : "Fri Apr 04 15:01:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Picture this: sunrise over the river, a bus full of sleepy commuters and Mr. Leon humming along. Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. Let's circle back once we have more bandwidth. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908159648938580516"
          ],
          "editableUntil" : "2025-04-04T15:08:06.855Z",
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
            "name" : "Grandpa The Rea",
            "screen_name" : "grandpa_the_rea",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "59362025266963715",
            "id" : "59362025266963715"
          },
          {
            "name" : "Rosa Delgado",
            "screen_name" : "rosadelgado_rrt",
            "indices" : [
              "114",
              "130"
            ],
            "id_str" : "6052554746733953024",
            "id" : "6052554746733953024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1908098070829900766",
      "id_str" : "1908159648938580516",
      "in_reply_to_user_id" : "59362025266963715",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1908159648938580516",
      "in_reply_to_status_id" : "1908098070829900766",
      "created_at" : "Fri Apr 04 14:08:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_the_rea Hi there! Sorry for the wait. The next 3 is about 20 minutes away from Northside Mall. Thanks to @rosadelgado_rrt on our ops team for tracking this down. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_the_rea",
      "in_reply_to_user_id_str" : "59362025266963715"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908156243117264504"
          ],
          "editableUntil" : "2025-04-04T14:54:34.844Z",
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
        "145"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "1908155031833900919",
      "id_str" : "1908156243117264504",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908156243117264504",
      "in_reply_to_status_id" : "1908155031833900919",
      "created_at" : "Fri Apr 04 13:54:34 +0000 2025",
      "favorited" : false,
      "full_text" : "4/ 23% of our riders use the bus to get to work. That's a lot of commutes. Proud to serve Riverton riedrs every day. Appreciate every one of you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908155031833900919"
          ],
          "editableUntil" : "2025-04-04T14:49:46.052Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareFree",
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
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1908154500388879024",
      "id_str" : "1908155031833900919",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1908155031833900919",
      "in_reply_to_status_id" : "1908154500388879024",
      "created_at" : "Fri Apr 04 13:49:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Meet Terrence, who keeps Route 19 running through Cedar Heights every morning. Have a great weekend, everyone! Sound good? #FareFree",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908154500388879024"
          ],
          "editableUntil" : "2025-04-04T14:47:39.345Z",
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
              "96",
              "105"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "106",
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
        "119"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1908153893886489504",
      "id_str" : "1908154500388879024",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1908154500388879024",
      "in_reply_to_status_id" : "1908153893886489504",
      "created_at" : "Fri Apr 04 13:47:39 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Open house about the Night Owl expansion on Monday, 6:35 am at Lakeside Plaza. Kids welcome. #Riverton #busstop ☀️🌧️",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908153893886489504"
          ],
          "editableUntil" : "2025-04-04T14:45:14.744Z",
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
              "93",
              "105"
            ]
          },
          {
            "text" : "RiverDays",
            "indices" : [
              "106",
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
        "120"
      ],
      "favorite_count" : "7",
      "id_str" : "1908153893886489504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908153893886489504",
      "created_at" : "Fri Apr 04 13:45:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Progress on the new trip planner in Lakeside: we picked the contractor. Thank you, Riverton! #DetourAlert #RiverDays 🙌 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908124385568860883"
          ],
          "editableUntil" : "2025-04-04T12:47:59.413Z",
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
            "name" : "Mrkat17",
            "screen_name" : "mrkat17",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "59480508603861480",
            "id" : "59480508603861480"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1908118970167182065",
      "id_str" : "1908124385568860883",
      "in_reply_to_user_id" : "59480508603861480",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1908124385568860883",
      "in_reply_to_status_id" : "1908118970167182065",
      "created_at" : "Fri Apr 04 11:47:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@mrkat17 Hey! Yes, the 4 runs until about 11 pm on weekdays. Follow us for live udpates on the 4. Have a good one! 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "mrkat17",
      "in_reply_to_user_id_str" : "59480508603861480"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907893293629307233"
          ],
          "editableUntil" : "2025-04-03T21:29:42.801Z",
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
      "favorite_count" : "13",
      "id_str" : "1907893293629307233",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907893293629307233",
      "created_at" : "Thu Apr 03 20:29:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Members of the public are invited to provide feedback regarding the electric bus rollout via the designated comment submis…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907860183155250620"
          ],
          "editableUntil" : "2025-04-03T19:18:08.649Z",
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
              "101",
              "110"
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
      "favorite_count" : "37",
      "id_str" : "1907860183155250620",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907860183155250620",
      "created_at" : "Thu Apr 03 18:18:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 15,246 people at Central Station for the Riverton Marathon. Riverton, you showed up! Make sense? #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907786173516848382"
          ],
          "editableUntil" : "2025-04-03T14:24:03.376Z",
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
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1907786173516848382",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907786173516848382",
      "created_at" : "Thu Apr 03 13:24:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Municipal offices will observe modified operating hours on Monday in connection with the Cinco de Mayo festival.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907522521325942517"
          ],
          "editableUntil" : "2025-04-02T20:56:23.795Z",
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
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "1907522521325942517",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907522521325942517",
      "created_at" : "Wed Apr 02 19:56:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: Saw 79 people at Southport Walmart for the River Hawks home opener. Riverton, you showed up! #RideRRTA…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907434529183655156"
          ],
          "editableUntil" : "2025-04-02T15:06:44.834Z",
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
      "favorite_count" : "11",
      "id_str" : "1907434529183655156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907434529183655156",
      "created_at" : "Wed Apr 02 14:06:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Update on the microtransit zone in Southport: the first 44,122 signs are installed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907433790598389683"
          ],
          "editableUntil" : "2025-04-02T15:03:48.741Z",
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
            "name" : "Night Oldmill5",
            "screen_name" : "night_oldmill5",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "9384899303402778",
            "id" : "9384899303402778"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1907220219216143961",
      "id_str" : "1907433790598389683",
      "in_reply_to_user_id" : "9384899303402778",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907433790598389683",
      "in_reply_to_status_id" : "1907220219216143961",
      "created_at" : "Wed Apr 02 14:03:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@night_oldmill5 Hello! Yes! Fare capping works with phone pay too, on the 41 and every other route. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "night_oldmill5",
      "in_reply_to_user_id_str" : "9384899303402778"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907421818549500588"
          ],
          "editableUntil" : "2025-04-02T14:16:14.382Z",
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
              "64",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "22",
      "id_str" : "1907421818549500588",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1907421818549500588",
      "created_at" : "Wed Apr 02 13:16:14 +0000 2025",
      "favorited" : false,
      "full_text" : "The new mural at Lakeside Plaza is finished and it looks great. #transit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907421744455534145"
          ],
          "editableUntil" : "2025-04-02T14:15:56.717Z",
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
            "name" : "Mariaoldmill198",
            "screen_name" : "mariaoldmill198",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48182011207223990",
            "id" : "48182011207223990"
          },
          {
            "name" : "Rosa Delgado",
            "screen_name" : "rosadelgado_rrt",
            "indices" : [
              "113",
              "129"
            ],
            "id_str" : "6052554746733953024",
            "id" : "6052554746733953024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1907416601603154086",
      "id_str" : "1907421744455534145",
      "in_reply_to_user_id" : "48182011207223990",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1907421744455534145",
      "in_reply_to_status_id" : "1907416601603154086",
      "created_at" : "Wed Apr 02 13:15:56 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariaoldmill198 Hey there! Sorry you got left behind. We're adding trips to the Blue Line this month. Thanks to @rosadelgado_rrt on our ops team for tracking this down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariaoldmill198",
      "in_reply_to_user_id_str" : "48182011207223990"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907412890986186826"
          ],
          "editableUntil" : "2025-04-02T13:40:45.885Z",
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
      "favorite_count" : "5",
      "id_str" : "1907412890986186826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907412890986186826",
      "created_at" : "Wed Apr 02 12:40:45 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: If Route 17 had a soundtrack, this morning it would be a slow jazz tune. Accessibility enhancements at the St. Luke's Cli…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907391145793661968"
          ],
          "editableUntil" : "2025-04-02T12:14:21.428Z",
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
            "name" : "Northside Grand",
            "screen_name" : "northside_grand",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "15016156465240874",
            "id" : "15016156465240874"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1907388858852199371",
      "id_str" : "1907391145793661968",
      "in_reply_to_user_id" : "15016156465240874",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907391145793661968",
      "in_reply_to_status_id" : "1907388858852199371",
      "created_at" : "Wed Apr 02 11:14:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_grand Hey there! Yes, the Green Line runs until about 11 pm on weekdays. Follow us for live updates on the Green Line. Safe travels! 🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_grand",
      "in_reply_to_user_id_str" : "15016156465240874"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907240676029561265"
          ],
          "editableUntil" : "2025-04-02T02:16:26.640Z",
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
        "urls" : [
          {
            "url" : "https://t.co/36jEAR68oK",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "id_str" : "1907240676029561265",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907240676029561265",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 02 01:16:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivBikes: Please be advised: Nothing beats the view of the river from Riverton Library on a clear morning. https://t.co/36jEAR68oK 🤦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907186466706993813"
          ],
          "editableUntil" : "2025-04-01T22:41:02.131Z",
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
              "91",
              "106"
            ]
          },
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
        "116"
      ],
      "favorite_count" : "3",
      "id_str" : "1907186466706993813",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1907186466706993813",
      "created_at" : "Tue Apr 01 21:41:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivFoodBank: The Juneteenth parade is this Wednesday at the VA clinic. Looks like fun. #TransitTuesday #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907121154446022169"
          ],
          "editableUntil" : "2025-04-01T18:21:30.474Z",
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
              "127",
              "143"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "0",
      "id_str" : "1907121154446022169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907121154446022169",
      "created_at" : "Tue Apr 01 17:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Running late: the 20 near the Senior Center, about 12 minutes. We'll post when it clears. Not my area of expertise, so I asked @gregtanaka_rrta. Answer coming soon. Buses get our residents to jobs, school and the doctor. Any questions, just reply here. 🥳😀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907063350740641372"
          ],
          "editableUntil" : "2025-04-01T14:31:48.997Z",
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
              "89",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1907062346324263407",
      "id_str" : "1907063350740641372",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907063350740641372",
      "in_reply_to_status_id" : "1907062346324263407",
      "created_at" : "Tue Apr 01 13:31:48 +0000 2025",
      "favorited" : false,
      "full_text" : "The 16 gets later evening trips starting April 13. Last bus leaves City Hall at 6:50 am. #DetourAlert",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907062346324263407"
          ],
          "editableUntil" : "2025-04-01T14:27:49.525Z",
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
        "172"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1907060891696939183",
      "id_str" : "1907062346324263407",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907062346324263407",
      "in_reply_to_status_id" : "1907060891696939183",
      "created_at" : "Tue Apr 01 13:27:49 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ The ramp on bus 1273 is fixed and back in service on Route 34. Proud of our team for getting Route 34 back on schedule so fast. Proud to serve Riverton riders every day.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907060891696939183"
          ],
          "editableUntil" : "2025-04-01T14:22:02.715Z",
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
              "230",
              "238"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "240"
      ],
      "favorite_count" : "2",
      "id_str" : "1907060891696939183",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1907060891696939183",
      "created_at" : "Tue Apr 01 13:22:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Everything about this day feels sleepy. You can now pay with your phone on every bus, Route 2 too. Tap the reader by the driver. We're trying something new: a karaoke bus for the Riverfront concert series. Tell us what you think! #busstop 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906798253531688043"
          ],
          "editableUntil" : "2025-03-31T20:58:24.897Z",
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
        "188"
      ],
      "favorite_count" : "20",
      "id_str" : "1906798253531688043",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906798253531688043",
      "created_at" : "Mon Mar 31 19:58:24 +0000 2025",
      "favorited" : false,
      "full_text" : "The Riverfront concert series is Thursday. Buses will drop off at Linden St &amp; Park Ave, two blocks from the entrance. Fun fact: we have 298 stops and someone has named every shelter cat! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906771377073954386"
          ],
          "editableUntil" : "2025-03-31T19:11:37.050Z",
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
            "name" : "Deek",
            "screen_name" : "deek",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "56558371511167136",
            "id" : "56558371511167136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1906763281224498352",
      "id_str" : "1906771377073954386",
      "in_reply_to_user_id" : "56558371511167136",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906771377073954386",
      "in_reply_to_status_id" : "1906763281224498352",
      "created_at" : "Mon Mar 31 18:11:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@deek The Airport Flyer is running about 7 minutes behind because of a stuck drawbridge. It should reach St. Luke's Clinic around 7:10. ❄️🚦",
      "lang" : "en",
      "in_reply_to_screen_name" : "deek",
      "in_reply_to_user_id_str" : "56558371511167136"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906713170623333770"
          ],
          "editableUntil" : "2025-03-31T15:20:19.551Z",
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
            "name" : "Lakesidedee59",
            "screen_name" : "lakesidedee59",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "44500746909443913",
            "id" : "44500746909443913"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1906054812774651322",
      "id_str" : "1906713170623333770",
      "in_reply_to_user_id" : "44500746909443913",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906713170623333770",
      "in_reply_to_status_id" : "1906054812774651322",
      "created_at" : "Mon Mar 31 14:20:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakesidedee59 Hey! Thank you for sharing this! We'll pass it along to the Route 31A driver. The schedule was correct. Please check it again. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakesidedee59",
      "in_reply_to_user_id_str" : "44500746909443913"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906693618180139782"
          ],
          "editableUntil" : "2025-03-31T14:02:37.885Z",
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
            "name" : "The Real Owl197",
            "screen_name" : "the_real_owl197",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "48301475175431019",
            "id" : "48301475175431019"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1906690334702725208",
      "id_str" : "1906693618180139782",
      "in_reply_to_user_id" : "48301475175431019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906693618180139782",
      "in_reply_to_status_id" : "1906690334702725208",
      "created_at" : "Mon Mar 31 13:02:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_owl197 Hey there! Ugh, sorry to hear that. Check with lost and fonud at Central Station. If your library books turns up, they'll hold it for 30 days. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_owl197",
      "in_reply_to_user_id_str" : "48301475175431019"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906536771486897047"
          ],
          "editableUntil" : "2025-03-31T03:39:22.719Z",
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
              "200",
              "209"
            ]
          },
          {
            "text" : "busstop",
            "indices" : [
              "210",
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
      "favorite_count" : "6",
      "id_str" : "1906536771486897047",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1906536771486897047",
      "created_at" : "Mon Mar 31 02:39:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Going to the Fourth of July fireworks? Route 6 runs every 5 minutes until midnight on Wednesday. We'll have extra service to Lakeside Plaza for the Fourth of July fireworks. Last bus back is at 6:00. #RideRRTA #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906520755388231179"
          ],
          "editableUntil" : "2025-03-31T02:35:44.184Z",
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
          },
          {
            "text" : "busstop",
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
        "198"
      ],
      "favorite_count" : "4",
      "id_str" : "1906520755388231179",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906520755388231179",
      "created_at" : "Mon Mar 31 01:35:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Stakeholder consultation sessions regarding fare capping will be facilitated at Northside Mall to solicit actionable community input. Proud to serve Riverton riders every day. #RiverDays #busstop ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906492141186020063"
          ],
          "editableUntil" : "2025-03-31T00:42:02.026Z",
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
            "name" : "Dadz1972",
            "screen_name" : "dadz1972",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "58979111829925146",
            "id" : "58979111829925146"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1906486474415930012",
      "id_str" : "1906492141186020063",
      "in_reply_to_user_id" : "58979111829925146",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906492141186020063",
      "in_reply_to_status_id" : "1906486474415930012",
      "created_at" : "Sun Mar 30 23:42:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@dadz1972 Items found on buses go to Harbor Point Station within a day. Give them a call at 555-0142. Thanks for riding with us!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dadz1972",
      "in_reply_to_user_id_str" : "58979111829925146"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906383434614707575"
          ],
          "editableUntil" : "2025-03-30T17:30:04.360Z",
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
            "name" : "Grandpamr1986",
            "screen_name" : "grandpamr1986",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "50630423820472635",
            "id" : "50630423820472635"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1906382978184018375",
      "id_str" : "1906383434614707575",
      "in_reply_to_user_id" : "50630423820472635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906383434614707575",
      "in_reply_to_status_id" : "1906382978184018375",
      "created_at" : "Sun Mar 30 16:30:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpamr1986 Thanks for reaching out. We are sorry for the trouble. Items found on buses go to Southport Station within a day. Give them a call at 555-0142. Thanks for riding with us! Hope that helps! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpamr1986",
      "in_reply_to_user_id_str" : "50630423820472635"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905807626560063657"
          ],
          "editableUntil" : "2025-03-29T03:22:01.022Z",
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
            "url" : "https://t.co/W7pPKPCwxZ",
            "expanded_url" : "https://www.rrta.example/alerts/may-3-route-6",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "107",
              "130"
            ]
          },
          {
            "url" : "https://t.co/wXPz3wLfN7",
            "expanded_url" : "https://x.com/aishabello/status/1905659481912902126",
            "display_url" : "x.com/aishabello/status/1…",
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
      "favorite_count" : "9",
      "id_str" : "1905807626560063657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905807626560063657",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 29 02:22:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Worth a read. Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/W7pPKPCwxZ Monthly passes for May are on sale at Northside Transfer Center and on our website. https://t.co/wXPz3wLfN7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905618213565151399"
          ],
          "editableUntil" : "2025-03-28T14:49:21.445Z",
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
      "id_str" : "1905618213565151399",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905618213565151399",
      "created_at" : "Fri Mar 28 13:49:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: The City of Riverton has announced the schedule for Family Day at the zoo, which will take place at the Senior Center. Ri…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905377325137396134"
          ],
          "editableUntil" : "2025-03-27T22:52:09.168Z",
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
            "name" : "Owl Nurse91",
            "screen_name" : "owl_nurse91",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "16976857856287307",
            "id" : "16976857856287307"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1905375968245579557",
      "id_str" : "1905377325137396134",
      "in_reply_to_user_id" : "16976857856287307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905377325137396134",
      "in_reply_to_status_id" : "1905375968245579557",
      "created_at" : "Thu Mar 27 21:52:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@owl_nurse91 Thanks for reaching out. We are sorry this happened. Route 31A is running about 3 minutes behind because of ice on the hills. It should reach Riverton Library around 6:20!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owl_nurse91",
      "in_reply_to_user_id_str" : "16976857856287307"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905060796298236393"
          ],
          "editableUntil" : "2025-03-27T01:54:22.812Z",
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
        "139"
      ],
      "favorite_count" : "9",
      "id_str" : "1905060796298236393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905060796298236393",
      "created_at" : "Thu Mar 27 00:54:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Please be advised: Found a note taped in the Railroad Ave &amp; Victory Pkwy shelter today: \"thank you for the bench.\" It made our…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904951559574952827"
          ],
          "editableUntil" : "2025-03-26T18:40:18.748Z",
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
        "217"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1904950268673953994",
      "id_str" : "1904951559574952827",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904951559574952827",
      "in_reply_to_status_id" : "1904950268673953994",
      "created_at" : "Wed Mar 26 17:40:18 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ If the 15 had a soundtrack, this morning it would be a slow jazz tune. If you ride the 15 through Linden Park, your stop moved to River Rd until Wednesday. Fun fact: one of our mechanics restores old buses for fun!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904950268673953994"
          ],
          "editableUntil" : "2025-03-26T18:35:10.973Z",
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
        "152"
      ],
      "favorite_count" : "1",
      "id_str" : "1904950268673953994",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1904950268673953994",
      "created_at" : "Wed Mar 26 17:35:10 +0000 2025",
      "favorited" : false,
      "full_text" : "If Route 15 had a soundtrack, this morning it would be a slow jazz tune. The River Days festival is this Friday at the Farmers Market. Looks like fun! 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904931064939659849"
          ],
          "editableUntil" : "2025-03-26T17:18:52.446Z",
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
      "favorite_count" : "1",
      "id_str" : "1904931064939659849",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1904931064939659849",
      "created_at" : "Wed Mar 26 16:18:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: A rider told me she has taken the Airport Flyer to the same job for 20 years and never once missed a shift. Nothing beats the view of the river from the ballpark on a clear morning. #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904863630624627927"
          ],
          "editableUntil" : "2025-03-26T12:50:54.852Z",
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
              "150",
              "158"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "159",
              "174"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "3",
      "id_str" : "1904863630624627927",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1904863630624627927",
      "created_at" : "Wed Mar 26 11:50:54 +0000 2025",
      "favorited" : false,
      "full_text" : "The Lantern Walk is this Friday at Central Station. Looks like fun. Great question! I don't know offhand, but our operations team does. Checking now. #busstop #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904618369425991285"
          ],
          "editableUntil" : "2025-03-25T20:36:20.026Z",
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
      "favorite_count" : "2",
      "id_str" : "1904618369425991285",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1904618369425991285",
      "created_at" : "Tue Mar 25 19:36:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Note to self: Oak Grove at dawn is foggy. Route 32 riders: the stop at the county courthouse is closed this week. Walk one block to Dock St. Great question! I do not know offhand, but our customer experience team does. Checking now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904360169023934561"
          ],
          "editableUntil" : "2025-03-25T03:30:20.253Z",
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
      "id_str" : "1904360169023934561",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1904360169023934561",
      "created_at" : "Tue Mar 25 02:30:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Please be advised: Implementation of the real-time arrival signs continues to progress consistent with established timeline…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904301155147745240"
          ],
          "editableUntil" : "2025-03-24T23:35:50.248Z",
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
      "favorite_count" : "19",
      "id_str" : "1904301155147745240",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1904301155147745240",
      "created_at" : "Mon Mar 24 22:35:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCC: Please be advised: Route 7X service is being rerouted to facilitate structural bridge evaluation procedures; impacted custo…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904238458746463734"
          ],
          "editableUntil" : "2025-03-24T19:26:42.261Z",
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
      "id_str" : "1904238458746463734",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1904238458746463734",
      "created_at" : "Mon Mar 24 18:26:42 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonCity: Please be advised: Eligible customers may apply for reduced fare program participation through the designated application…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904234918711923046"
          ],
          "editableUntil" : "2025-03-24T19:12:38.251Z",
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
            "name" : "Northside River",
            "screen_name" : "northside_river",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "748432892213476",
            "id" : "748432892213476"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1904233212988867212",
      "id_str" : "1904234918711923046",
      "in_reply_to_user_id" : "748432892213476",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1904234918711923046",
      "in_reply_to_status_id" : "1904233212988867212",
      "created_at" : "Mon Mar 24 18:12:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@northside_river Thanks for reaching out. We hear you. Saturday service on the 37 is on the list for the next service change. We are testing bike share passes with monthly cards soon, so your feedback really helps. Let us know if you need anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northside_river",
      "in_reply_to_user_id_str" : "748432892213476"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904192575672527210"
          ],
          "editableUntil" : "2025-03-24T16:24:22.884Z",
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
      "favorite_count" : "3",
      "id_str" : "1904192575672527210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904192575672527210",
      "created_at" : "Mon Mar 24 15:24:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tessarides: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Riverton Marathon. We must…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903999389511670593"
          ],
          "editableUntil" : "2025-03-24T03:36:43.714Z",
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
      "favorite_count" : "23",
      "id_str" : "1903999389511670593",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1903999389511670593",
      "created_at" : "Mon Mar 24 02:36:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 38,706 people at Eastgate Transit Center for the Riverfront concert series. Riverton, you showed up! Have a great weekend, everyone! #Riverton",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903621415704609012"
          ],
          "editableUntil" : "2025-03-23T02:34:47.736Z",
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
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "1903621415704609012",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903621415704609012",
      "created_at" : "Sun Mar 23 01:34:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Because of the thunderstorm, Route 88 will skip the hill on Mill St. Board at Mill St &amp; Ogden Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903427376441852411"
          ],
          "editableUntil" : "2025-03-22T13:43:45.171Z",
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
              "80",
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
        "97"
      ],
      "favorite_count" : "11",
      "id_str" : "1903427376441852411",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903427376441852411",
      "created_at" : "Sat Mar 22 12:43:45 +0000 2025",
      "favorited" : false,
      "full_text" : "The jazz festival is this Monday at Riverton Community College. Looks like fun. #TransitTuesday 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903261151700848268"
          ],
          "editableUntil" : "2025-03-22T02:43:14.104Z",
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
            "name" : "Tjbusrider1968",
            "screen_name" : "tjbusrider1968",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "31514854756911689",
            "id" : "31514854756911689"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1903259069558545590",
      "id_str" : "1903261151700848268",
      "in_reply_to_user_id" : "31514854756911689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903261151700848268",
      "in_reply_to_status_id" : "1903259069558545590",
      "created_at" : "Sat Mar 22 01:43:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@tjbusrider1968 Hi! Lost and found is at Eastgate Transit Center, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Follow us for live updates on the 28. 💙",
      "lang" : "en",
      "in_reply_to_screen_name" : "tjbusrider1968",
      "in_reply_to_user_id_str" : "31514854756911689"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903105390951814128"
          ],
          "editableUntil" : "2025-03-21T16:24:17.848Z",
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
              "82",
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
        "92"
      ],
      "favorite_count" : "4",
      "id_str" : "1903105390951814128",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903105390951814128",
      "created_at" : "Fri Mar 21 15:24:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverton is beautiful today. Perfect day for a walk along the river in Southport. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903076790800796533"
          ],
          "editableUntil" : "2025-03-21T14:30:39.040Z",
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
            "name" : "Znorthside1973",
            "screen_name" : "znorthside1973",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "11964923546867336",
            "id" : "11964923546867336"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "1903076068870891295",
      "id_str" : "1903076790800796533",
      "in_reply_to_user_id" : "11964923546867336",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1903076790800796533",
      "in_reply_to_status_id" : "1903076068870891295",
      "created_at" : "Fri Mar 21 13:30:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@znorthside1973 Hi! Thank you for sharing this! We'll pass it alnog to the 35 driver. Stay warm out there!",
      "lang" : "en",
      "in_reply_to_screen_name" : "znorthside1973",
      "in_reply_to_user_id_str" : "11964923546867336"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902909444272598303"
          ],
          "editableUntil" : "2025-03-21T03:25:40.519Z",
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
            "name" : "Grandpa Hey84",
            "screen_name" : "grandpa_hey84",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "31859032293945424",
            "id" : "31859032293945424"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1902908062427988438",
      "id_str" : "1902909444272598303",
      "in_reply_to_user_id" : "31859032293945424",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1902909444272598303",
      "in_reply_to_status_id" : "1902908062427988438",
      "created_at" : "Fri Mar 21 02:25:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpa_hey84 Thanks for reaching out. Sorry you got left behind. We're adding trips to the 19 this month. Follow us for live updates on the 19. 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpa_hey84",
      "in_reply_to_user_id_str" : "31859032293945424"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902707298891222794"
          ],
          "editableUntil" : "2025-03-20T14:02:25.304Z",
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
              "224",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "6",
      "id_str" : "1902707298891222794",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902707298891222794",
      "created_at" : "Thu Mar 20 13:02:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Picture this: sunrise over the river, a bus full of sleepy commuters and Terrence humming along. Audio stop announcements are now on every the 9 bus. This requires a holistic, multimodal interoperability paradigm. #accessibility #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902475547472154028"
          ],
          "editableUntil" : "2025-03-19T22:41:31.460Z",
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
      "favorite_count" : "8",
      "id_str" : "1902475547472154028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902475547472154028",
      "created_at" : "Wed Mar 19 21:41:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the count…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1902470208364522484",
          "editControlInitial" : {
            "editTweetIds" : [
              "1902470208364522484",
              "1902473369053152920"
            ],
            "editableUntil" : "2025-03-19T22:20:18.518Z",
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
              "135",
              "149"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "150",
              "159"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "31",
      "id_str" : "1902473369053152920",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902473369053152920",
      "created_at" : "Wed Mar 19 21:32:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a jacket on bus 1458? It's waiting for you at University Station. Every route we run connects our community. Make sense? #accessibility #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902470208364522484",
            "1902473369053152920"
          ],
          "editableUntil" : "2025-03-19T22:20:18.518Z",
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
              "135",
              "149"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "150",
              "159"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "18",
      "id_str" : "1902470208364522484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902470208364522484",
      "created_at" : "Wed Mar 19 21:20:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a jacket on bus 1458? It's watiing for you at University Station. Every route we run connects our community. Make sense? #accessibility #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902340295837439582"
          ],
          "editableUntil" : "2025-03-19T13:44:04.958Z",
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
              "191",
              "200"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hji8FCRgoi",
            "expanded_url" : "https://www.rrta.example/detours/route-32",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "10",
      "id_str" : "1902340295837439582",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1902340295837439582",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 19 12:44:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Detour on Route 32: buses go around Bluff St and pick up at Central Station. Map: https://t.co/Hji8FCRgoi Going live from the Memorial Day ceremony at 8:45, bring your questions! Sound good? #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902192740110365720"
          ],
          "editableUntil" : "2025-03-19T03:57:44.931Z",
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
            "name" : "Grandpamike",
            "screen_name" : "grandpamike",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "63951810193492584",
            "id" : "63951810193492584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1902192100031558198",
      "id_str" : "1902192740110365720",
      "in_reply_to_user_id" : "63951810193492584",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902192740110365720",
      "in_reply_to_status_id" : "1902192100031558198",
      "created_at" : "Wed Mar 19 02:57:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpamike Hey there! Yes, the 32 runs until about 11 pm on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpamike",
      "in_reply_to_user_id_str" : "63951810193492584"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902029288511628382"
          ],
          "editableUntil" : "2025-03-18T17:08:15.033Z",
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
            "name" : "Mariaprof",
            "screen_name" : "mariaprof",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2611865069629398",
            "id" : "2611865069629398"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1901830051811859741",
      "id_str" : "1902029288511628382",
      "in_reply_to_user_id" : "2611865069629398",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1902029288511628382",
      "in_reply_to_status_id" : "1901830051811859741",
      "created_at" : "Tue Mar 18 16:08:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@mariaprof Hi! Thanks, we've sent a crew to Riverton Library. We're working on it together with operations. Have a good one! 🌧️🚌",
      "lang" : "en",
      "in_reply_to_screen_name" : "mariaprof",
      "in_reply_to_user_id_str" : "2611865069629398"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902000387113616538"
          ],
          "editableUntil" : "2025-03-18T15:13:24.403Z",
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
            "name" : "Maria Tj97",
            "screen_name" : "maria_tj97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "42764026546670824",
            "id" : "42764026546670824"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1901837820043524083",
      "id_str" : "1902000387113616538",
      "in_reply_to_user_id" : "42764026546670824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902000387113616538",
      "in_reply_to_status_id" : "1901837820043524083",
      "created_at" : "Tue Mar 18 14:13:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@maria_tj97 The last 8 leaves University Station at 5:35 am on weekdays. We're testing a text line for the 8 soon, so your feedback really helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maria_tj97",
      "in_reply_to_user_id_str" : "42764026546670824"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901985711869956863"
          ],
          "editableUntil" : "2025-03-18T14:15:05.552Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/ExGSduvnOF",
            "expanded_url" : "https://www.rrta.example/meetings/winter-service-plan-6",
            "display_url" : "www.rrta.example/meetings…",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "24",
      "in_reply_to_status_id_str" : "1901985031949278455",
      "id_str" : "1901985711869956863",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901985711869956863",
      "in_reply_to_status_id" : "1901985031949278455",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 18 13:15:05 +0000 2025",
      "favorited" : false,
      "full_text" : "2/ Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/ExGSduvnOF Have a great weekend, everyone! #RideRRTA",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901985031949278455"
          ],
          "editableUntil" : "2025-03-18T14:12:23.446Z",
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
              "209",
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
        "220"
      ],
      "favorite_count" : "1",
      "id_str" : "1901985031949278455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901985031949278455",
      "created_at" : "Tue Mar 18 13:12:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: the Riverfront concert series is Wednesday. Buses will drop off at River Rd &amp; Bluff St, two blocks from the entrance. Great question! I do not know offhand, but our planning team does. Checking now. #FareFree 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901958412292036412"
          ],
          "editableUntil" : "2025-03-18T12:26:36.825Z",
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
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1901954518033007292",
      "id_str" : "1901958412292036412",
      "in_reply_to_user_id" : "15630557481131881",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901958412292036412",
      "in_reply_to_status_id" : "1901954518033007292",
      "created_at" : "Tue Mar 18 11:26:36 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpatransitn Hey there! We know the 33 arrivals have been off. A fix is going in this week. Stay warm out there! 🚍",
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
            "1901875402184723936"
          ],
          "editableUntil" : "2025-03-18T06:56:45.674Z",
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
            "name" : "Heysam13",
            "screen_name" : "heysam13",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "38033747829707532",
            "id" : "38033747829707532"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1901870882212146022",
      "id_str" : "1901875402184723936",
      "in_reply_to_user_id" : "38033747829707532",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1901875402184723936",
      "in_reply_to_status_id" : "1901870882212146022",
      "created_at" : "Tue Mar 18 05:56:45 +0000 2025",
      "favorited" : false,
      "full_text" : "@heysam13 Hi! Items found on buses go to Northside Transfer Center within a day. Give them a call at 555-0142. Appreciate you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heysam13",
      "in_reply_to_user_id_str" : "38033747829707532"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901830182872594167"
          ],
          "editableUntil" : "2025-03-18T03:57:04.549Z",
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
            "name" : "Busriderz",
            "screen_name" : "busriderz",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "12119738746345062",
            "id" : "12119738746345062"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1901828833191801040",
      "id_str" : "1901830182872594167",
      "in_reply_to_user_id" : "12119738746345062",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901830182872594167",
      "in_reply_to_status_id" : "1901828833191801040",
      "created_at" : "Tue Mar 18 02:57:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderz Hi! We apologize for the delay. Sorry you got left behind. We're addnig trips to the Night Owl this month!",
      "lang" : "en",
      "in_reply_to_screen_name" : "busriderz",
      "in_reply_to_user_id_str" : "12119738746345062"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901790544253211294"
          ],
          "editableUntil" : "2025-03-18T01:19:33.966Z",
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
        "258"
      ],
      "favorite_count" : "27",
      "id_str" : "1901790544253211294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901790544253211294",
      "created_at" : "Tue Mar 18 00:19:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Water St &amp; Elm St shelter today: \"thank you for the bench.\" It made our week. The microtransit zone in Southport is moving. This week the paint is finally dry. You all asked, so here's a thread on the microtransit zone in Southport!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901635492411197597"
          ],
          "editableUntil" : "2025-03-17T15:03:26.726Z",
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
            "name" : "The Real Sam88",
            "screen_name" : "the_real_sam88",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "13717817831986132",
            "id" : "13717817831986132"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1901184428715153416",
      "id_str" : "1901635492411197597",
      "in_reply_to_user_id" : "13717817831986132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901635492411197597",
      "in_reply_to_status_id" : "1901184428715153416",
      "created_at" : "Mon Mar 17 14:03:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_real_sam88 Hey! This is so nice to hear. We'll make sure Mr. Leon sees it. We're working on it together with operations. Stay warm out there! 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_real_sam88",
      "in_reply_to_user_id_str" : "13717817831986132"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901463809063384910"
          ],
          "editableUntil" : "2025-03-17T03:41:14.226Z",
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
      "favorite_count" : "3",
      "id_str" : "1901463809063384910",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1901463809063384910",
      "created_at" : "Mon Mar 17 02:41:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: In alignment with the municipal construction schedule, the 7 will implement a temporary operational realignment affecting…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901389765890653844"
          ],
          "editableUntil" : "2025-03-16T22:47:00.958Z",
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
            "name" : "Zlakeside1993",
            "screen_name" : "zlakeside1993",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "59779423782763135",
            "id" : "59779423782763135"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1901387107887443537",
      "id_str" : "1901389765890653844",
      "in_reply_to_user_id" : "59779423782763135",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1901389765890653844",
      "in_reply_to_status_id" : "1901387107887443537",
      "created_at" : "Sun Mar 16 21:47:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@zlakeside1993 Yes, the 21 runs until about 11 pm on weekdays!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zlakeside1993",
      "in_reply_to_user_id_str" : "59779423782763135"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901268952210368752"
          ],
          "editableUntil" : "2025-03-16T14:46:56.732Z",
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
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1901268952210368752",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901268952210368752",
      "created_at" : "Sun Mar 16 13:46:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Saw 249 people at City Hall for the Lantern Walk. Riverton, you showed up!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901235507249556677"
          ],
          "editableUntil" : "2025-03-16T12:34:02.832Z",
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
              "86",
              "96"
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
      "id_str" : "1901235507249556677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901235507249556677",
      "created_at" : "Sun Mar 16 11:34:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the ballpark on a clear morning. Make sense? #RiverDays 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900872590990573757"
          ],
          "editableUntil" : "2025-03-15T12:31:56.854Z",
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
              "118",
              "134"
            ]
          },
          {
            "text" : "Tra",
            "indices" : [
              "135",
              "139"
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
        "urls" : [
          {
            "url" : "https://t.co/nVKtXl37MF",
            "expanded_url" : "https://www.rrta.example/maps/route-88",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "6",
      "id_str" : "1900872590990573757",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900872590990573757",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 15 11:31:56 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: We want your ideas for the paratransit booking app. Take the 5-minute survey: https://t.co/nVKtXl37MF #RivertonTransit #Tra…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900594352484525077"
          ],
          "editableUntil" : "2025-03-14T18:06:19.624Z",
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
            "url" : "https://t.co/EfWvLiuiMJ",
            "expanded_url" : "https://www.rrta.example/maps/route-31",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "166",
              "189"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "10",
      "id_str" : "1900594352484525077",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900594352484525077",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 14 17:06:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Plot twist: the busiest stop on Route 31 isn't downtown, it's the Senior Center. We want your ideas for the bus shelter redesign. Take the 5-minute survey: https://t.co/EfWvLiuiMJ 😄😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900571506423690789"
          ],
          "editableUntil" : "2025-03-14T16:35:32.699Z",
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
              "221",
              "231"
            ]
          },
          {
            "text" : "FareFree",
            "indices" : [
              "232",
              "241"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverton Public Library",
            "screen_name" : "RivertonLibrary",
            "indices" : [
              "189",
              "205"
            ],
            "id_str" : "3996912320",
            "id" : "3996912320"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "7",
      "id_str" : "1900571506423690789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900571506423690789",
      "created_at" : "Fri Mar 14 15:35:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Picture this: sunrise over the river, a bus full of sleepy commuters and Mr. Leon humming along. Thank a bus driver today. Mr. Leon on Route 2 just hit 9 years with zero crashes. Thanks to @RivertonLibrary for the photo! #RiverDays #FareFree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900552380478956093"
          ],
          "editableUntil" : "2025-03-14T15:19:32.718Z",
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
              "95",
              "105"
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "23",
      "id_str" : "1900552380478956093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900552380478956093",
      "created_at" : "Fri Mar 14 14:19:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivDowntown: The 35 can't get down Monroe St today (a parade), so it's using Garfield Ave. #RiverDays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900534440387342173"
          ],
          "editableUntil" : "2025-03-14T14:08:15.467Z",
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
              "206",
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
      "favorite_count" : "9",
      "id_str" : "1900534440387342173",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900534440387342173",
      "created_at" : "Fri Mar 14 13:08:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The River Hawks home opener is this Saturday at the Senior Center. Looks like fun. Our first try at painting the VA clinic shelter with local artists didn't work. Lesson learned, round two starts Saturday. #DetourAlert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900523183205639561"
          ],
          "editableUntil" : "2025-03-14T13:23:31.546Z",
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
              "124",
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
      "favorite_count" : "16",
      "id_str" : "1900523183205639561",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1900523183205639561",
      "created_at" : "Fri Mar 14 12:23:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Big Mike has driven Route 36 for 3 years and still knows every regular by name. Fun fact: the bus wash uses recycled water! #transit 🥳",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900515122475133420"
          ],
          "editableUntil" : "2025-03-14T12:51:29.718Z",
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
        "140"
      ],
      "favorite_count" : "10",
      "id_str" : "1900515122475133420",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900515122475133420",
      "created_at" : "Fri Mar 14 11:51:29 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Please be advised: Effective March 28, the service change implementation will optimize headways on the 25 to enhance netw…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900283800521491040"
          ],
          "editableUntil" : "2025-03-13T21:32:18.267Z",
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
            "name" : "Msowl",
            "screen_name" : "msowl",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "67560686934108167",
            "id" : "67560686934108167"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/tcWVTK78z6",
            "expanded_url" : "https://www.rrta.example/alerts/march-22-route-15",
            "display_url" : "www.rrta.example/alerts/m…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1900282460438514708",
      "id_str" : "1900283800521491040",
      "in_reply_to_user_id" : "67560686934108167",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900283800521491040",
      "in_reply_to_status_id" : "1900282460438514708",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 13 20:32:18 +0000 2025",
      "favorited" : false,
      "full_text" : "@msowl Ugh, sorry to hear that. You can sign up for paratransit at https://t.co/tcWVTK78z6 or call 555-0177. We're testing bus stop libraries soon, so your feedback really helps. Hope that helps!",
      "lang" : "en",
      "in_reply_to_screen_name" : "msowl",
      "in_reply_to_user_id_str" : "67560686934108167"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900194008464194124"
          ],
          "editableUntil" : "2025-03-13T15:35:30.172Z",
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
              "184",
              "200"
            ],
            "id_str" : "4336299896644123136",
            "id" : "4336299896644123136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "25",
      "id_str" : "1900194008464194124",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1900194008464194124",
      "created_at" : "Thu Mar 13 14:35:30 +0000 2025",
      "favorited" : false,
      "full_text" : "A sparkling evening on Route 41, as promised. New curb ramp at Summit Ave &amp; Tower Rd is done, so boarding with a wheelchair or stroller is easier. Not my area of expertise, so I asked @gregtanaka_rrta. Answer coming soon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900147611061153505"
          ],
          "editableUntil" : "2025-03-13T12:31:08.169Z",
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
      "favorite_count" : "6",
      "id_str" : "1900147611061153505",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1900147611061153505",
      "created_at" : "Thu Mar 13 11:31:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @victor_lang: Nothing beats the view of the river from the county courthouse on a celar morning. Great question! I do not know offhand,…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899880038565778755"
          ],
          "editableUntil" : "2025-03-12T18:47:53.915Z",
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
              "188",
              "197"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "198",
              "207"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "1",
      "id_str" : "1899880038565778755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899880038565778755",
      "created_at" : "Wed Mar 12 17:47:53 +0000 2025",
      "favorited" : false,
      "full_text" : "The cold snap is here. Buses are running but expect delays of 12 minutes. Share this with anyone who rides the 22! This is why transit matters: a rider got to a job interview in Old Mill. #Riverton #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899840740443745350"
          ],
          "editableUntil" : "2025-03-12T16:11:44.512Z",
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
        "205"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1899805176302756291",
      "id_str" : "1899840740443745350",
      "in_reply_to_user_id" : "30823084826278301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899840740443745350",
      "in_reply_to_status_id" : "1899805176302756291",
      "created_at" : "Wed Mar 12 15:11:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@busriderthe_rea Hey there! Sorry about the double charge on the 24. DM us your card number and we'll refund it. That's outside my area, so I've passed it to our communications folks. They'll reply here. 🚍",
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
            "1899826032873575323"
          ],
          "editableUntil" : "2025-03-12T15:13:17.954Z",
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
            "name" : "Nurse Harbor50",
            "screen_name" : "nurse_harbor50",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "25174305984156686",
            "id" : "25174305984156686"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/RM3SLquW0R",
            "expanded_url" : "https://www.rrta.example/news/river-days-festival",
            "display_url" : "www.rrta.example/news/riv…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1899820272012357732",
      "id_str" : "1899826032873575323",
      "in_reply_to_user_id" : "25174305984156686",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899826032873575323",
      "in_reply_to_status_id" : "1899820272012357732",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 12 14:13:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@nurse_harbor50 Hey! We're sorry this happened. You can sign up for paratransit at https://t.co/RM3SLquW0R or call 555-0177. Riders like you make this job worth it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "nurse_harbor50",
      "in_reply_to_user_id_str" : "25174305984156686"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1899811692844869512",
          "editControlInitial" : {
            "editTweetIds" : [
              "1899811692844869512",
              "1899821459798982681"
            ],
            "editableUntil" : "2025-03-12T14:16:19.025Z",
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
              "149",
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
      "favorite_count" : "12",
      "id_str" : "1899821459798982681",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899821459798982681",
      "created_at" : "Wed Mar 12 13:55:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Audio stop announcements are now on every the 25 bus. This is why transit matters: a nurse on the 25 gets to her shift on time. Stay cool out there! #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899811692844869512",
            "1899821459798982681"
          ],
          "editableUntil" : "2025-03-12T14:16:19.025Z",
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
              "149",
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
      "favorite_count" : "1",
      "id_str" : "1899811692844869512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899811692844869512",
      "created_at" : "Wed Mar 12 13:16:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Audio stop announcements are now on every the 25 bus. This is why trasnit matters: a nurse on the 25 gets to her shift on time. Stay cool out there! #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899796256368681945"
          ],
          "editableUntil" : "2025-03-12T13:14:58.682Z",
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
              "222",
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
        "236"
      ],
      "favorite_count" : "26",
      "id_str" : "1899796256368681945",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899796256368681945",
      "created_at" : "Wed Mar 12 12:14:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Come tell us what you think about the bus stop audit at the Senior Center on Tuesday at 6:20. Great question! I don't know offhand, but our communications team does. Checking now. Proud to serve Riverton riders every day. #accessibility",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899657842889761476"
          ],
          "editableUntil" : "2025-03-12T04:04:58.337Z",
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
        "139"
      ],
      "favorite_count" : "15",
      "id_str" : "1899657842889761476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899657842889761476",
      "created_at" : "Wed Mar 12 03:04:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: In response to the thunderstorm, Riverton Regional Transit has activated inclement weather operational protocols across…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899609390069944458"
          ],
          "editableUntil" : "2025-03-12T00:52:26.285Z",
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
        "140"
      ],
      "favorite_count" : "7",
      "id_str" : "1899609390069944458",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899609390069944458",
      "created_at" : "Tue Mar 11 23:52:26 +0000 2025",
      "favorited" : false,
      "full_text" : "The winter service plan is moving. This week testing starts Friday. Quick look at the winter service plan: testing starts Friday. More soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1899603305786067984",
          "editControlInitial" : {
            "editTweetIds" : [
              "1899603305786067984",
              "1899607501664640165"
            ],
            "editableUntil" : "2025-03-12T00:28:15.679Z",
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
        "86"
      ],
      "favorite_count" : "14",
      "id_str" : "1899607501664640165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899607501664640165",
      "created_at" : "Tue Mar 11 23:44:56 +0000 2025",
      "favorited" : false,
      "full_text" : "The 11 can't get down Quarry Rd today (a bridge inspection), so it's using Tower Rd. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899603305786067984",
            "1899607501664640165"
          ],
          "editableUntil" : "2025-03-12T00:28:15.679Z",
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
        "86"
      ],
      "favorite_count" : "22",
      "id_str" : "1899603305786067984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899603305786067984",
      "created_at" : "Tue Mar 11 23:28:15 +0000 2025",
      "favorited" : false,
      "full_text" : "The 11 can't get down Quarry Rd today (a brdige inspection), so it's using Tower Rd. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899583479767218470"
          ],
          "editableUntil" : "2025-03-11T23:09:28.787Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RideRRTA",
            "indices" : [
              "93",
              "102"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "103",
              "118"
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
      "in_reply_to_status_id_str" : "1899583075933743118",
      "id_str" : "1899583479767218470",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899583479767218470",
      "in_reply_to_status_id" : "1899583075933743118",
      "created_at" : "Tue Mar 11 22:09:28 +0000 2025",
      "favorited" : false,
      "full_text" : "3/ If you ride the 31 through Harbor Point, your stop moved to Jefferson St until Wednesday. #RideRRTA #TransitTuesday 🥳",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899583075933743118"
          ],
          "editableUntil" : "2025-03-11T23:07:52.506Z",
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
              "218",
              "233"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/3j9iMlvNiY",
            "expanded_url" : "https://www.rrta.example/schedules/may-25",
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
        "233"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1899582592825541407",
      "id_str" : "1899583075933743118",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1899583075933743118",
      "in_reply_to_status_id" : "1899582592825541407",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 11 22:07:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: Sky over Central Station: gleaming. We want your ideas for the Night Owl expansion. Take the 5-minute survey: https://t.co/3j9iMlvNiY Proud of our team for getting Route 14 back on schedule so fast. #TransitTuesday",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899582592825541407"
          ],
          "editableUntil" : "2025-03-11T23:05:57.324Z",
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
              "165",
              "174"
            ]
          },
          {
            "text" : "RideRRTA",
            "indices" : [
              "175",
              "184"
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
      "favorite_count" : "7",
      "id_str" : "1899582592825541407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899582592825541407",
      "created_at" : "Tue Mar 11 22:05:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats the view of the river from the VA clinic on a clear morning. Proud of our team for getting Route 25 back on schedule so fast. Anyone else seeing this? #FareFree #RideRRTA 🚌 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899505280172806177"
          ],
          "editableUntil" : "2025-03-11T17:58:44.551Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FareF",
            "indices" : [
              "133",
              "139"
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
        "urls" : [
          {
            "url" : "https://t.co/ZcNK0MNYUH",
            "expanded_url" : "https://www.rrta.example/survey/old-mill",
            "display_url" : "www.rrta.example/survey/o…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "16",
      "id_str" : "1899505280172806177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899505280172806177",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 11 16:58:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonPD: Reduced fare cards are half price for seniors, students and riders with disabilities. Apply: https://t.co/ZcNK0MNYUH #FareF…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899210121097028196"
          ],
          "editableUntil" : "2025-03-10T22:25:53.144Z",
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
      "favorite_count" : "13",
      "id_str" : "1899210121097028196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899210121097028196",
      "created_at" : "Mon Mar 10 21:25:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @praman: Saw 383 people at the Food Co-op for the Dragon Boat races. Riverton, you showed up! Municipal offices will observe modified op…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899193137389444356"
          ],
          "editableUntil" : "2025-03-10T21:18:23.912Z",
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
      "favorite_count" : "8",
      "id_str" : "1899193137389444356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899193137389444356",
      "created_at" : "Mon Mar 10 20:18:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Please be advised: If the Blue Line had a soundtrack, this morning it would be a slow jazz tune. Kids under 12 ride free all summer on every route, including the Blue Line. We couldn't do this without our operators and mechanics. Our riders deserve reliable service.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899133775426969507"
          ],
          "editableUntil" : "2025-03-10T17:22:30.918Z",
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
        "134"
      ],
      "favorite_count" : "42",
      "id_str" : "1899133775426969507",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1899133775426969507",
      "created_at" : "Mon Mar 10 16:22:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Ms. Carla has driven Route 31A for 3 years and still knows every regular by name. Please share with your neighbors who ride Route 31A!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899082083696478044"
          ],
          "editableUntil" : "2025-03-10T13:57:06.649Z",
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
            "name" : "Skater Northsid",
            "screen_name" : "skater_northsid",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "34447660280941001",
            "id" : "34447660280941001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1899078031241725248",
      "id_str" : "1899082083696478044",
      "in_reply_to_user_id" : "34447660280941001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899082083696478044",
      "in_reply_to_status_id" : "1899078031241725248",
      "created_at" : "Mon Mar 10 12:57:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@skater_northsid We're sorry this happened. The next 9 is about 7 minutes away from 3rd Ave &amp; Pine St. Have a good one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "skater_northsid",
      "in_reply_to_user_id_str" : "34447660280941001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898928669771106161"
          ],
          "editableUntil" : "2025-03-10T03:47:29.919Z",
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
            "name" : "Dad Coffee1967",
            "screen_name" : "dad_coffee1967",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "29174052718647956",
            "id" : "29174052718647956"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1898926300454869560",
      "id_str" : "1898928669771106161",
      "in_reply_to_user_id" : "29174052718647956",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1898928669771106161",
      "in_reply_to_status_id" : "1898926300454869560",
      "created_at" : "Mon Mar 10 02:47:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@dad_coffee1967 Hey! Thanks for telling us. We've sent this to the Route 36 supervisor to talk with the driver. Follow us for live updates on Route 36. Let us know if you need anything else. 🚲",
      "lang" : "en",
      "in_reply_to_screen_name" : "dad_coffee1967",
      "in_reply_to_user_id_str" : "29174052718647956"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898720842233637257"
          ],
          "editableUntil" : "2025-03-09T14:01:39.972Z",
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
            "url" : "https://t.co/KqTyMh19I9",
            "expanded_url" : "https://www.rrta.example/fares/reduced-fare",
            "display_url" : "www.rrta.example/fares/re…",
            "indices" : [
              "152",
              "175"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "14",
      "id_str" : "1898720842233637257",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1898720842233637257",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 09 13:01:39 +0000 2025",
      "favorited" : false,
      "full_text" : "11% of our riders use the bus to get to work. That's a lot of commutes. Stay cool out there! Fixed the broken link from my last post, sorry about that: https://t.co/KqTyMh19I9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898519691955151647"
          ],
          "editableUntil" : "2025-03-09T00:42:22.009Z",
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
            "name" : "Heyriverbend29",
            "screen_name" : "heyriverbend29",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "4203836426534887",
            "id" : "4203836426534887"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1898516153749708964",
      "id_str" : "1898519691955151647",
      "in_reply_to_user_id" : "4203836426534887",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1898519691955151647",
      "in_reply_to_status_id" : "1898516153749708964",
      "created_at" : "Sat Mar 08 23:42:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@heyriverbend29 We're sorry for the trouble. Lost and found is at University Station, open weekdays 8 to 5. Call 555-0142 with the bus number and time. Our team is on it. Safe travels!",
      "lang" : "en",
      "in_reply_to_screen_name" : "heyriverbend29",
      "in_reply_to_user_id_str" : "4203836426534887"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898137156915906859"
          ],
          "editableUntil" : "2025-03-07T23:22:18.548Z",
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
              "184",
              "198"
            ]
          },
          {
            "text" : "TransitTuesday",
            "indices" : [
              "199",
              "214"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/i7G2mT8LiC",
            "expanded_url" : "https://www.rrta.example/detours/route-5",
            "display_url" : "www.rrta.example/detours/…",
            "indices" : [
              "160",
              "183"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "8",
      "id_str" : "1898137156915906859",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1898137156915906859",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 07 22:22:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Route 5 is running about 12 minutes late because of a stuck drawbridge. Appreciate every one of you. Fixed the broken link from my last post, sorry about that: https://t.co/i7G2mT8LiC #accessibility #TransitTuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898043298135047072"
          ],
          "editableUntil" : "2025-03-07T17:09:20.871Z",
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
            "name" : "Djsam83",
            "screen_name" : "djsam83",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "51359874507637035",
            "id" : "51359874507637035"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1897806718169938241",
      "id_str" : "1898043298135047072",
      "in_reply_to_user_id" : "51359874507637035",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898043298135047072",
      "in_reply_to_status_id" : "1897806718169938241",
      "created_at" : "Fri Mar 07 16:09:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@djsam83 Yes! Fare capping works with phone pay too, on Route 36 and every other route. Have a good one! 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "djsam83",
      "in_reply_to_user_id_str" : "51359874507637035"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897857980074409521"
          ],
          "editableUntil" : "2025-03-07T04:52:57.602Z",
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
      "favorite_count" : "5",
      "id_str" : "1897857980074409521",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897857980074409521",
      "created_at" : "Fri Mar 07 03:52:57 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @aishabello: The jazz festival is this Thursday at St. Luke's Clinic. Looks like fun. Nothing beats the view of the river from St. Luke'…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897809990726844933"
          ],
          "editableUntil" : "2025-03-07T01:42:16.050Z",
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
      "favorite_count" : "19",
      "id_str" : "1897809990726844933",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897809990726844933",
      "created_at" : "Fri Mar 07 00:42:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Overheard on the 21 this morning: \"this bus is my thinking time.\" Heading to the St. Patrick's parade? Ride free with your ticket on the 21 all day. 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897782291888704547"
          ],
          "editableUntil" : "2025-03-06T23:52:12.133Z",
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
            "name" : "Mom K",
            "screen_name" : "mom_k",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "39327605156560285",
            "id" : "39327605156560285"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1897778648272822853",
      "id_str" : "1897782291888704547",
      "in_reply_to_user_id" : "39327605156560285",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897782291888704547",
      "in_reply_to_status_id" : "1897778648272822853",
      "created_at" : "Thu Mar 06 22:52:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@mom_k Thanks for reaching out. We apologize for the inconvenience. Thanks for flagging. Crews are on the way. Use the Vine St ramp for now. 🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "mom_k",
      "in_reply_to_user_id_str" : "39327605156560285"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897646592448614385"
          ],
          "editableUntil" : "2025-03-06T14:52:58.865Z",
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
      "favorite_count" : "8",
      "id_str" : "1897646592448614385",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897646592448614385",
      "created_at" : "Thu Mar 06 13:52:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Found a note taped in the Kingsley Ave &amp; Mill St shelter today: \"thank you for the bench.\" It made our week. Saw 17,217 people at the Senior Center for the Fourth of July fireworks. Riverton, you showed up! Have a great weekend, everyone! Anyone else seeing this? #RideRRTA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897499138429936380"
          ],
          "editableUntil" : "2025-03-06T05:07:03.087Z",
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
              "68",
              "77"
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
      "favorite_count" : "9",
      "id_str" : "1897499138429936380",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897499138429936380",
      "created_at" : "Thu Mar 06 04:07:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Audio stop announcements are now on every Route 42 bus. Make sense? #RideRRTA 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897409537211800756"
          ],
          "editableUntil" : "2025-03-05T23:11:00.492Z",
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
            "name" : "Coffeemaria18",
            "screen_name" : "coffeemaria18",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "69649200974784577",
            "id" : "69649200974784577"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/SvFxSMC9Dl",
            "expanded_url" : "https://www.rrta.example/survey/lakeside",
            "display_url" : "www.rrta.example/survey/l…",
            "indices" : [
              "50",
              "73"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1897408852323461158",
      "id_str" : "1897409537211800756",
      "in_reply_to_user_id" : "69649200974784577",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897409537211800756",
      "in_reply_to_status_id" : "1897408852323461158",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 22:11:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffeemaria18 You can sign up for paratransit at https://t.co/SvFxSMC9Dl or call 555-0177. Enjoy the ride! Have a good one! 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffeemaria18",
      "in_reply_to_user_id_str" : "69649200974784577"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897400583943569215"
          ],
          "editableUntil" : "2025-03-05T22:35:25.867Z",
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
            "name" : "Grandpaeastgate",
            "screen_name" : "grandpaeastgate",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "55310993319739439",
            "id" : "55310993319739439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1897399612442299824",
      "id_str" : "1897400583943569215",
      "in_reply_to_user_id" : "55310993319739439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897400583943569215",
      "in_reply_to_status_id" : "1897399612442299824",
      "created_at" : "Wed Mar 05 21:35:25 +0000 2025",
      "favorited" : false,
      "full_text" : "@grandpaeastgate Sorry to hear that. That's not OK. We've logged it and operations will review the video from bus 1700!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grandpaeastgate",
      "in_reply_to_user_id_str" : "55310993319739439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897400199901913696"
          ],
          "editableUntil" : "2025-03-05T22:33:54.304Z",
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
            "url" : "https://t.co/1ezKTfspHi",
            "expanded_url" : "https://x.com/RivertonPD/status/1897382665819520515",
            "display_url" : "x.com/RivertonPD/status/1…",
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
      "favorite_count" : "0",
      "id_str" : "1897400199901913696",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897400199901913696",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 21:33:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Good to see this. Note to self: Harbor Point at dawn is bustling. Riverton is beautiful today. Perfect day for a walk along the river in Harbor Point. Thank you, Riverton! https://t.co/1ezKTfspHi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897312226368328368"
          ],
          "editableUntil" : "2025-03-05T16:44:19.779Z",
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
        "181"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1897311193598890377",
      "id_str" : "1897312226368328368",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1897312226368328368",
      "in_reply_to_status_id" : "1897311193598890377",
      "created_at" : "Wed Mar 05 15:44:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Saw 32,123 people at Riverton General Hospital for the River Days festival. Riverton, you showed up! Update: earlier I said the survey closes Friday. It closes Saturday. My mistake.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897311193598890377"
          ],
          "editableUntil" : "2025-03-05T16:40:13.548Z",
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
        "97"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "1897310387309738901",
      "id_str" : "1897311193598890377",
      "in_reply_to_user_id" : "2181501028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897311193598890377",
      "in_reply_to_status_id" : "1897310387309738901",
      "created_at" : "Wed Mar 05 15:40:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Such a cozy morning along Main St. The new mural at the VA clinic is finished and it looks great!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayaokafor_rrta",
      "in_reply_to_user_id_str" : "2181501028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897310387309738901"
          ],
          "editableUntil" : "2025-03-05T16:37:01.314Z",
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
              "193",
              "203"
            ]
          },
          {
            "text" : "DetourAlert",
            "indices" : [
              "204",
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
        "218"
      ],
      "favorite_count" : "16",
      "id_str" : "1897310387309738901",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897310387309738901",
      "created_at" : "Wed Mar 05 15:37:01 +0000 2025",
      "favorited" : false,
      "full_text" : "We'll have extra service to the Job Center for the chlii cook-off. Last bus back is at 3:55. Earlier I said Route 28 skips Kingsley Ave. I was wrong: only the Southport Walmart stop is closed. #RiverDays #DetourAlert 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897283168787327378"
          ],
          "editableUntil" : "2025-03-05T14:48:51.912Z",
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
            "url" : "https://t.co/AqQFes7kti",
            "expanded_url" : "https://www.rrta.example/maps/route-25",
            "display_url" : "www.rrta.example/maps/rou…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "10",
      "id_str" : "1897283168787327378",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1897283168787327378",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 05 13:48:51 +0000 2025",
      "favorited" : false,
      "full_text" : "We want your ideas for the new bike racks. Take the 5-minute survey: https://t.co/AqQFes7kti We are tyring something new: bus stop libraries. Tell us what you think!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897269507532419941"
          ],
          "editableUntil" : "2025-03-05T13:54:34.815Z",
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
      "id_str" : "1897269507532419941",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1897269507532419941",
      "created_at" : "Wed Mar 05 12:54:34 +0000 2025",
      "favorited" : false,
      "full_text" : "You asked about the electric bus rollout. Here's where it stands: we mapped every stop in Union Hill. You all asked, so here's a thread on the eletcric bus rollout.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897116640504874992"
          ],
          "editableUntil" : "2025-03-05T03:47:08.476Z",
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
      "favorite_count" : "13",
      "id_str" : "1897116640504874992",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1897116640504874992",
      "created_at" : "Wed Mar 05 02:47:08 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RivertonParks: Saw 24,799 people at St. Luke's Clinic for the summer block party. Riverton, you showed up! Riverton is beautiful today.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1897096452982547074",
          "editControlInitial" : {
            "editTweetIds" : [
              "1897096452982547074",
              "1897097690343789091"
            ],
            "editableUntil" : "2025-03-05T02:26:55.395Z",
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
              "109",
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
      "favorite_count" : "5",
      "id_str" : "1897097690343789091",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1897097690343789091",
      "created_at" : "Wed Mar 05 01:31:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the river from Millworks Lofts on a clear morning. You all are the best. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897096452982547074",
            "1897097690343789091"
          ],
          "editableUntil" : "2025-03-05T02:26:55.395Z",
          "editsRemaining" : "4",
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
              "109",
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
      "favorite_count" : "3",
      "id_str" : "1897096452982547074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897096452982547074",
      "created_at" : "Wed Mar 05 01:26:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder: Nothing beats the view of the rvier from Millworks Lofts on a clear morning. You all are the best. #busstop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897012755649422683"
          ],
          "editableUntil" : "2025-03-04T20:54:20.396Z",
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
      "favorite_count" : "2",
      "id_str" : "1897012755649422683",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1897012755649422683",
      "created_at" : "Tue Mar 04 19:54:20 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RiverHawksFC: Service update: Buses on Route 34 are about 40 min behind right now (a police stop). Thanks for your patience. https://t.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896933483289471839"
          ],
          "editableUntil" : "2025-03-04T15:39:20.393Z",
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
            "name" : "The Realcoffee5",
            "screen_name" : "the_realcoffee5",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "55065264370013348",
            "id" : "55065264370013348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1896930454600700176",
      "id_str" : "1896933483289471839",
      "in_reply_to_user_id" : "55065264370013348",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1896933483289471839",
      "in_reply_to_status_id" : "1896930454600700176",
      "created_at" : "Tue Mar 04 14:39:20 +0000 2025",
      "favorited" : false,
      "full_text" : "@the_realcoffee5 Hey! We're sorry for the trouble. The bench at Lakeside Plaza is coming back next week, promise. Appreciate you! Hope that helps! 🤦",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_realcoffee5",
      "in_reply_to_user_id_str" : "55065264370013348"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896711931492191279"
          ],
          "editableUntil" : "2025-03-04T00:58:58.328Z",
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
      "id_str" : "1896711931492191279",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1896711931492191279",
      "created_at" : "Mon Mar 03 23:58:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @nadiahaddad_rrt: Personal property items recovered from revenue vehicles may be retrieved at the Eastgate Transit Center customer servi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896680304876706722"
          ],
          "editableUntil" : "2025-03-03T22:53:17.955Z",
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
      "favorite_count" : "10",
      "id_str" : "1896680304876706722",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896680304876706722",
      "created_at" : "Mon Mar 03 21:53:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick look at the Northside network plan: crews poured the last concrete pad. More soon. You asked about the Northside network plan. Here's where it stands: crews poured the last concrete pad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896583507532993383"
          ],
          "editableUntil" : "2025-03-03T16:28:39.670Z",
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
            "name" : "Busrider Nurse1",
            "screen_name" : "busrider_nurse1",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "42071937965409195",
            "id" : "42071937965409195"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1896539739574149562",
      "id_str" : "1896583507532993383",
      "in_reply_to_user_id" : "42071937965409195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896583507532993383",
      "in_reply_to_status_id" : "1896539739574149562",
      "created_at" : "Mon Mar 03 15:28:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@busrider_nurse1 So sorry to hear about your morning. Sorry you got left behind. We're adding trips to the 38 this month. The schedule was correct. Please check it again. Let us know if you need anything else. 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "busrider_nurse1",
      "in_reply_to_user_id_str" : "42071937965409195"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896581285410303159"
          ],
          "editableUntil" : "2025-03-03T16:19:49.875Z",
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
            "name" : "Coffee Nurse",
            "screen_name" : "coffee_nurse",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "25904135704025794",
            "id" : "25904135704025794"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1896557969572223169",
      "id_str" : "1896581285410303159",
      "in_reply_to_user_id" : "25904135704025794",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896581285410303159",
      "in_reply_to_status_id" : "1896557969572223169",
      "created_at" : "Mon Mar 03 15:19:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@coffee_nurse Items found on buses go to Southport Station within a day. Give them a call at 555-0142. 😀",
      "lang" : "en",
      "in_reply_to_screen_name" : "coffee_nurse",
      "in_reply_to_user_id_str" : "25904135704025794"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896556397976408139"
          ],
          "editableUntil" : "2025-03-03T14:40:56.248Z",
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
        "80"
      ],
      "favorite_count" : "26",
      "id_str" : "1896556397976408139",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896556397976408139",
      "created_at" : "Mon Mar 03 13:40:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Did you leave a phone on bus 1776? It's waiting for you at Harbor Point Station.",
      "lang" : "en"
    }
  }
]