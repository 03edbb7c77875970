window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1961515293794583526",
      "updatedAt" : "2025-08-29T19:44:23.889Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-08-29T19:44:23.889Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "The City of Riverton has announced the schedule for graduation weekend, which will take place at the Food Co-op. Riverton continues to demonstrate robust civic participation, as evidenced by attendance at graduation weekend. Our value proposition depends on a best-in-class customer experience ecosystem. #DetourAlert",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1960701050319189572",
      "updatedAt" : "2025-08-27T13:48:53.117Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-08-27T13:48:53.117Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Members of the public are invited to provide feedback regarding the transit signal priority project via the designated comment submission portal at https://t.co/frX6DZ6Lt1. Stakeholder consultation sessions regarding the transit signal priority project will be facilitated at Riverton General Hospital to solicit actionable community input. It is in the schedule. #busstop #transit",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1959998275245982123",
      "updatedAt" : "2025-08-25T15:16:18.482Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-08-25T15:16:18.482Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "The bus shelter redesign initiative has achieved key milestones in alignment with stakeholder deliverables and our long-range capital program. Implementation of the bus shelter redesign continues to progress consistent with established timelines, with implementation sequencing aligned with capital programming constraints.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1956019773053382010",
      "updatedAt" : "2025-08-14T15:47:09.642Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-08-14T15:47:09.642Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Please be advised: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the Juneteenth parade. We could not do this without our operators and mechanics. Fun fact: the Night Owl crosses the river four times! Our value proposition depends on a best-in-class customer experience ecosystem. #DetourAlert 😒",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1953453839107820703",
      "updatedAt" : "2025-08-07T13:51:03.317Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-08-07T13:51:03.317Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Effective August 21, the service change implementation will optimize headways on the Riverside Express to enhance network-level connectivity and throughput. The forthcoming service modification package will recalibrate the Riverside Express frequencies to reflect evolving ridership utilization patterns within the Quarry Hill catchment. We must utilize actionable metrics to move the needle on complaint counts.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1936024423933866006",
      "updatedAt" : "2025-06-20T11:32:46.917Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-06-20T11:32:46.917Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the River Days festival. The City of Riverton has announced the schedule for the River Days festival, which will take place at the county courthouse. Key deliverables will be operationalized in Q1. https://t.co/54ElcJFhNf",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1935430323771051809",
      "updatedAt" : "2025-06-18T20:12:02.400Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-06-18T20:12:02.400Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Boardings on the 33 reached 45,328 for the reporting period, exceeding established performance benchmarks. Buses get our residents to jobs, school and the doctor. Teamwork: @victor_lang and our ops crew sorted out the 33 detour in an hour. Key deliverables will be operationalized in Q4. #FareFree",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1935427706160819057",
      "updatedAt" : "2025-06-18T20:01:38.313Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-06-18T20:01:38.313Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Please be advised: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at the county courthouse. Thanks to @RivBikes for the photo! For the record, the 42 schedule was correct. Please check it before posting. Our value porposition depends on a best-in-class customer experience ecosystem.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1930697281400109988",
      "updatedAt" : "2025-06-05T18:44:37.163Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-06-05T18:44:37.163Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Riverton continues to demonstrate robust civic participation, as evidenced by attendance at Family Day at the zoo. The City of Riverton has announced the schedule for Family Day at the zoo, which will take place at Memorial Park. Buses get our residents to jobs, school and the doctor. This aligns with our strategic priorities and stakeholder expectations.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1928205107638046730",
      "updatedAt" : "2025-05-29T21:41:36.636Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-05-29T21:41:36.636Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "The forthcoming service modification package will recalibrate the Riverside Express frequencies to reflect evolving ridership utilization patterns within the Northside catchment. Going forward, we will leverage these learnings to optimize wait times. https://t.co/TyK2o3BMMH #RiverDays",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1922341186970834901",
      "updatedAt" : "2025-05-13T17:20:29.002Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-05-13T17:20:29.002Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Customers should anticipate service delays on the Riverside Express as a consequence of adverse meteorological conditions; real-time arrival information remains available via our digital platforms. Going live from Family Day at the zoo at 7:55, bring your questions! Any changes to the Riverside Express will only be considered after a full evaluation. This requires a holistic, multimodal interoperability paradigm.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1914809357360290209",
      "updatedAt" : "2025-04-22T22:31:40.889Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-04-22T22:31:40.889Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Service update: Customers should anticipate service delays on the 35 as a consequence of operator availability constraints; real-time arrival information remains available via our digital platforms. It is in the schedule. This aligns with our strategic priorities and stakeholder expectations.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1913238322912324928",
      "updatedAt" : "2025-04-18T14:28:57.088Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-04-18T14:28:57.088Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Please be advised: The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at St. Luke's Clinic. Any changes to the 27 will only be considered after a full evaluation. The information in our the 27 post was accurate as published. Let us circle back once we have more bandwidth.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1906723025437396862",
      "updatedAt" : "2025-03-31T14:59:29.122Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2025-03-31T14:59:29.122Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Reminder: Riverton continues to demonstrate robust civic participation, as evidenced by attendance at the St. Patrick's parade. The City of Riverton has announced the schedule for the St. Patrick's parade, which will take place at Northside Mall. This requires a holistic, multimodal interoperability paradigm.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]