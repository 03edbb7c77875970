window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1962327651566552105",
      "user_id" : "2181501028",
      "created_at" : "Mon Sep 01 01:32:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1962170721739094576",
      "user_id" : "2181501028",
      "created_at" : "Sun Aug 31 15:08:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1962146315730507126",
      "user_id" : "2181501028",
      "created_at" : "Sun Aug 31 13:31:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1962140282619349759",
      "user_id" : "2181501028",
      "created_at" : "Sun Aug 31 13:07:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961505684039640119",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 19:06:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961503945295468590",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 18:59:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961499762659075208",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 18:42:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961496823639140185",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 18:31:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961496056021319007",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 18:27:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961480818268925769",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 17:27:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961254518594048076",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 29 02:28:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1961091293263225767",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 28 15:39:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960894591140428684",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 28 02:37:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960735296904243811",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 27 16:04:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960734357877348459",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 27 16:01:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960708289146201692",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 27 14:17:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960700674440719640",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 27 13:47:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960395158406352924",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 26 17:33:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960394917031666181",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 26 17:32:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960391844857193054",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 26 17:20:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960320684860893712",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 26 12:37:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960083759335500365",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 25 20:55:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1960032089499466645",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 25 17:30:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959986208144892212",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 25 14:28:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959979684450151559",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 25 14:02:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959745865385698133",
      "user_id" : "2181501028",
      "created_at" : "Sun Aug 24 22:33:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959301552580588372",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 23 17:07:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959220167455147402",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 23 11:44:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959060155036960242",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 23 01:08:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959007559920037664",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 22 21:39:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1959006504947423873",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 22 21:35:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958939517280179828",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 22 17:09:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958897353341915134",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 22 14:21:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958623026403371428",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 21 20:11:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958524545555866720",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 21 13:40:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958501323123893372",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 21 12:07:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958167461975367768",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 20 14:01:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1958138678849339783",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 20 12:06:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957972518446747912",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 20 01:06:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957887544245972057",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 19 19:29:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957604013588049610",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 19 00:42:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957572030334489964",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 18 22:35:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957571004010182314",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 18 22:31:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957517957494287979",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 18 19:00:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1957449386556015356",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 18 14:27:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1956528587206731327",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 16 01:29:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1956525569364033519",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 16 01:17:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1956373221882895276",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 15 15:11:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1956334909937465061",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 15 12:39:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955698144423981546",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 18:29:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955662632335185597",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 16:08:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955662039160827406",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 16:05:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955652026587825625",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 15:25:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955627942895525258",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 13:50:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955627615003897549",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 13 13:48:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955406292256153827",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 12 23:09:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955328374048028108",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 12 17:59:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955274397928819162",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 12 14:25:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955256421549836191",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 12 13:13:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955030641021978523",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 22:16:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955020982619393949",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 21:38:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954927755831484863",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 15:27:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954925020391817011",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 15:17:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954920535131064789",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 14:59:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954906884422650585",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 14:04:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954889425577401463",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 11 12:55:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954526061637386299",
      "user_id" : "2181501028",
      "created_at" : "Sun Aug 10 12:51:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1954206840044626778",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 09 15:43:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953963898820281295",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 23:37:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953875010578627289",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 17:44:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953870515963099030",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 17:26:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953862236927957747",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 16:53:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953802629503582939",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 12:57:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953607564744981308",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 08 00:01:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953556874044202483",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 20:40:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953554863554543971",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 20:32:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953547564585093808",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 20:03:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953517283707398897",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 18:03:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953462726794360585",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 14:26:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953459231649753510",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 14:12:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953442624937359265",
      "user_id" : "2181501028",
      "created_at" : "Thu Aug 07 13:06:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1953072046320684890",
      "user_id" : "2181501028",
      "created_at" : "Wed Aug 06 12:33:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952828886637893011",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 20:27:43 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952828651041580493",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 20:26:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952827718716648646",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 20:23:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952822927794060756",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 20:04:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952809465163256285",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 19:10:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952779695474339790",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 17:12:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952725825616847112",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 13:38:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952724535343595889",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 13:33:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952723869419615478",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 13:30:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952722481571681338",
      "user_id" : "2181501028",
      "created_at" : "Tue Aug 05 13:24:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952518415649458768",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 23:54:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952511649425626669",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 23:27:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952472268441271451",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 20:50:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952462749680212538",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 20:12:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952373108096059768",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 14:16:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952348887528698454",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 12:40:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1952213513043014972",
      "user_id" : "2181501028",
      "created_at" : "Mon Aug 04 03:42:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951636821107912078",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 02 13:30:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951576351172310936",
      "user_id" : "2181501028",
      "created_at" : "Sat Aug 02 09:30:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951320066083220346",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 01 16:32:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951289753165844334",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 01 14:31:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951279317362406934",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 01 13:50:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951103807567773816",
      "user_id" : "2181501028",
      "created_at" : "Fri Aug 01 02:12:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951047966994344761",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 22:30:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951017119237439102",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 20:28:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1951009002525119143",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 19:56:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950994764558233890",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 18:59:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950927917177487248",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 14:33:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950922030727808695",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 14:10:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950753652679865764",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 31 03:01:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950636309767786660",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 19:15:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950586652916660681",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 15:57:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950569215365398331",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 14:48:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950559364407460635",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 14:09:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950551006395014849",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 13:36:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950532946297304604",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 30 12:24:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950283044484633826",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 29 19:51:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950204958388082409",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 29 14:41:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1950132050642803923",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 29 09:51:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949828250264836588",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 28 13:44:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949826580624295557",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 28 13:37:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949814972170537404",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 28 12:51:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949488914878321322",
      "user_id" : "2181501028",
      "created_at" : "Sun Jul 27 15:15:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949274479371447755",
      "user_id" : "2181501028",
      "created_at" : "Sun Jul 27 01:03:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1949076772700108756",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 26 11:58:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948889469169215735",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 25 23:33:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948874800186732097",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 25 22:35:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948871014012456700",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 25 22:20:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948770946513988098",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 25 15:42:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948687132003381903",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 25 10:09:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948422284538162467",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 24 16:37:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948383853465233990",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 24 14:04:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948206726743937920",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 24 02:20:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948156688811380111",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 23 23:02:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948107241243894692",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 23 19:45:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1948022642463673592",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 23 14:09:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947762767361416224",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 20:56:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947746883873923269",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 19:53:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947697971537689592",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 16:39:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947637990572884430",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 12:40:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947485507650529788",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 02:35:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947465042013613062",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 22 01:13:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947373926471213911",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 19:11:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947308112993725010",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 14:50:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947304367589858498",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 14:35:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947304206885355752",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 14:34:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947269278167296732",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 12:15:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947268083650341499",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 12:11:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947267156769491840",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 12:07:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947266293548630898",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 12:03:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1947131513096596170",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 21 03:08:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946858544788061998",
      "user_id" : "2181501028",
      "created_at" : "Sun Jul 20 09:03:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946707085324667926",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 19 23:01:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946309417911503747",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 18 20:41:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946308000119521359",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 18 20:36:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946281399234348065",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 18 18:50:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946215934553116079",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 18 14:30:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1946185614452913744",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 18 12:29:43 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945994523802393230",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 23:50:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945990648509997549",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 23:35:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945986815683447758",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 23:19:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945956251448264990",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 21:18:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945943759987969632",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 20:28:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945861206660624600",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 15:00:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945847418059363288",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 17 14:05:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945560037894134494",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 19:03:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945559255696597749",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 19:00:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945547124160943529",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 18:12:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945445954013570298",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 11:30:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945435330001350595",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 10:48:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1945288036806788127",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 16 01:03:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944852332912797277",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 20:11:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944819353961563778",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 18:00:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944785589324089327",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 15:46:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944773498425051264",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 14:58:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944768881847062368",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 14:40:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944764664790689070",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 14 14:23:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1944024578239345841",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 12 13:22:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943848915705735081",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 12 01:44:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943846395703763084",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 12 01:34:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943771113970273286",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 11 20:35:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943615466878456881",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 11 10:16:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943427019701373086",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 10 21:48:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943424874240279717",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 10 21:39:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943383700661231894",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 10 18:55:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1943295645254662342",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 10 13:06:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942951903495090080",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 09 14:20:06 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942951644893556499",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 09 14:19:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942929668901552270",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 09 12:51:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942929256038290788",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 09 12:50:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942712355724335594",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 08 22:28:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942628820786974043",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 08 16:56:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942587767175259378",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 08 14:13:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942335824528601479",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 07 21:32:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942335601199810932",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 07 21:31:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942322784568131918",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 07 20:40:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942217389345728378",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 07 13:41:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1942061916421097366",
      "user_id" : "2181501028",
      "created_at" : "Mon Jul 07 03:23:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941990499597370732",
      "user_id" : "2181501028",
      "created_at" : "Sun Jul 06 22:39:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941696658929263542",
      "user_id" : "2181501028",
      "created_at" : "Sun Jul 06 03:12:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941479262898528143",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 05 12:48:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941343164245548674",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 05 03:47:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941317395852490281",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 05 02:05:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941315042931418516",
      "user_id" : "2181501028",
      "created_at" : "Sat Jul 05 01:55:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941220322165980296",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 04 19:39:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941211711827700046",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 04 19:05:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941205502152449192",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 04 18:40:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1941101243308006375",
      "user_id" : "2181501028",
      "created_at" : "Fri Jul 04 11:46:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940885624437887118",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 03 21:29:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940750278778303974",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 03 12:31:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940614169445269618",
      "user_id" : "2181501028",
      "created_at" : "Thu Jul 03 03:30:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940472229342772014",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 02 18:06:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940440252204131540",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 02 15:59:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940387210248813239",
      "user_id" : "2181501028",
      "created_at" : "Wed Jul 02 12:28:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940186431587029323",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 23:11:06 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940117691013876307",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 18:37:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940076123336741732",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 15:52:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940065234214926349",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 15:09:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1940020371197845639",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 12:11:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939883382301637422",
      "user_id" : "2181501028",
      "created_at" : "Tue Jul 01 03:06:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939798813304212914",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 30 21:30:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939684612133247591",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 30 13:57:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939322861636244546",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 29 13:59:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939312857635592407",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 29 13:19:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939283686031443717",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 29 11:23:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939026581117493681",
      "user_id" : "2181501028",
      "created_at" : "Sat Jun 28 18:22:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938810710097692549",
      "user_id" : "2181501028",
      "created_at" : "Sat Jun 28 04:04:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938760446223808234",
      "user_id" : "2181501028",
      "created_at" : "Sat Jun 28 00:44:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938597809509063404",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 27 13:58:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938597740424112103",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 27 13:58:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938582570985213480",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 27 12:57:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938438573154014141",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 27 03:25:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938383703747038313",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 23:47:43 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938346225081595429",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 21:18:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938331035079965510",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 20:18:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938296996839140842",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 18:03:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938261586547044624",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 15:42:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938062470878170245",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 26 02:31:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1938005514055117425",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 25 22:44:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937995613037913102",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 25 22:05:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937694519629121088",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 25 02:09:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937565386504073164",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 24 17:36:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937556543671493920",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 24 17:00:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937537852486888245",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 24 15:46:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937494629834188873",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 24 12:54:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937486992250413140",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 24 12:24:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937291202503233526",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 23:26:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937281520670220413",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 22:48:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937200210881016769",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 17:24:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937184297715731834",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 16:21:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937168166374829510",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 15:17:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937160515741410384",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 14:47:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937160147354853232",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 14:45:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1937153580941715600",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 23 14:19:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1936761755318694862",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 22 12:22:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1936547852989264874",
      "user_id" : "2181501028",
      "created_at" : "Sat Jun 21 22:12:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1936414962691693918",
      "user_id" : "2181501028",
      "created_at" : "Sat Jun 21 13:24:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1936147931615085010",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 20 19:43:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1936112165638158584",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 20 17:21:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935771964342187517",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 19 18:49:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935383238383186395",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 18 17:04:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935144692774364333",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 18 01:17:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935094367224553876",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 17 21:57:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935006769710570223",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 17 16:08:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1935000444523171373",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 17 15:43:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934947864294411624",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 17 12:14:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934770179480490864",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 17 00:28:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934616409609708712",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 16 14:17:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934392491160082418",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 15 23:28:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934392188011900887",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 15 23:26:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934353238769619531",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 15 20:52:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1934061788799074306",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 15 01:33:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933548432318244182",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 15:34:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933535843750169511",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 14:44:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933519988651421557",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 13:41:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933516540044593427",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 13:27:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933461796769368673",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 09:49:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933352046405309977",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 13 02:33:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1933305077814660554",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 12 23:27:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932910599483300764",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 11 21:19:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932905093215285316",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 11 20:57:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932835408977152459",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 11 16:20:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932781578171082077",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 11 12:46:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932553032790399771",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 10 21:38:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932463634914906853",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 10 15:43:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932416798106818374",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 10 12:37:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932400310714151662",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 10 11:31:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932196733223200654",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 09 22:02:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932191666259294566",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 09 21:42:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1932066353281234578",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 09 13:24:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1931689823050926808",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 08 12:28:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1931063563429431906",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 06 19:00:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930979783005425539",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 06 13:27:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930819367106866012",
      "user_id" : "2181501028",
      "created_at" : "Fri Jun 06 02:49:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930690503831272293",
      "user_id" : "2181501028",
      "created_at" : "Thu Jun 05 18:17:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930399314831256597",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 04 23:00:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930326182486149186",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 04 18:10:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930325237596174716",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 04 18:06:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1930267058168088749",
      "user_id" : "2181501028",
      "created_at" : "Wed Jun 04 14:15:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929939940602435613",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 16:35:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929896815889318966",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 13:43:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929895815214988608",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 13:39:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929894334857942062",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 13:33:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929894072440587496",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 13:32:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929870163214092070",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 11:57:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929868779597897445",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 11:52:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929868320339373307",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 11:50:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929867913523169706",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 11:49:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929867397952619212",
      "user_id" : "2181501028",
      "created_at" : "Tue Jun 03 11:46:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929509522668159010",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 02 12:04:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929329882553266264",
      "user_id" : "2181501028",
      "created_at" : "Mon Jun 02 00:11:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1929260072163372862",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 01 19:33:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928997740296529803",
      "user_id" : "2181501028",
      "created_at" : "Sun Jun 01 02:11:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928905686577041162",
      "user_id" : "2181501028",
      "created_at" : "Sat May 31 20:05:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928549287489967624",
      "user_id" : "2181501028",
      "created_at" : "Fri May 30 20:29:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928549167677424655",
      "user_id" : "2181501028",
      "created_at" : "Fri May 30 20:28:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928420430612655967",
      "user_id" : "2181501028",
      "created_at" : "Fri May 30 11:57:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928261898478258187",
      "user_id" : "2181501028",
      "created_at" : "Fri May 30 01:27:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928225581950393027",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 23:02:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928150208934273512",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 18:03:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928099203914887650",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 14:40:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928090529864604662",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 14:06:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928073886308408597",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 13:00:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1928065860973137092",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 12:28:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927920284015171842",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 02:49:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927900034435242316",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 01:29:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927899939883748963",
      "user_id" : "2181501028",
      "created_at" : "Thu May 29 01:28:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927842823823978286",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 21:42:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927736837325472323",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 14:40:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927731917582394435",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 14:21:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927714655725065297",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 13:12:43 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927700261504831130",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 12:15:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927696018956148899",
      "user_id" : "2181501028",
      "created_at" : "Wed May 28 11:58:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927469414152348551",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 20:58:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927385383300683249",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 15:24:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927332041972267074",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 11:52:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927192928910134298",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 02:39:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927192401043707919",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 02:37:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927175550732299445",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 01:30:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927172396485746325",
      "user_id" : "2181501028",
      "created_at" : "Tue May 27 01:17:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927096523693016066",
      "user_id" : "2181501028",
      "created_at" : "Mon May 26 20:16:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1927012943969265351",
      "user_id" : "2181501028",
      "created_at" : "Mon May 26 14:44:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1926725705727069518",
      "user_id" : "2181501028",
      "created_at" : "Sun May 25 19:42:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925949032012418526",
      "user_id" : "2181501028",
      "created_at" : "Fri May 23 16:16:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925660410896332988",
      "user_id" : "2181501028",
      "created_at" : "Thu May 22 21:09:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925539483964445963",
      "user_id" : "2181501028",
      "created_at" : "Thu May 22 13:09:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925534204675456384",
      "user_id" : "2181501028",
      "created_at" : "Thu May 22 12:48:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925516941449772724",
      "user_id" : "2181501028",
      "created_at" : "Thu May 22 11:39:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925317950758903400",
      "user_id" : "2181501028",
      "created_at" : "Wed May 21 22:29:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925136021966324546",
      "user_id" : "2181501028",
      "created_at" : "Wed May 21 10:26:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925031071689990847",
      "user_id" : "2181501028",
      "created_at" : "Wed May 21 03:29:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924930481889871588",
      "user_id" : "2181501028",
      "created_at" : "Tue May 20 20:49:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924889823756660627",
      "user_id" : "2181501028",
      "created_at" : "Tue May 20 18:07:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924835242343778022",
      "user_id" : "2181501028",
      "created_at" : "Tue May 20 14:30:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924618519600839123",
      "user_id" : "2181501028",
      "created_at" : "Tue May 20 00:09:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924483188787799033",
      "user_id" : "2181501028",
      "created_at" : "Mon May 19 15:12:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924474658519088682",
      "user_id" : "2181501028",
      "created_at" : "Mon May 19 14:38:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924473576549325296",
      "user_id" : "2181501028",
      "created_at" : "Mon May 19 14:33:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924455014815962830",
      "user_id" : "2181501028",
      "created_at" : "Mon May 19 13:20:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1924175671329310607",
      "user_id" : "2181501028",
      "created_at" : "Sun May 18 18:50:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923478147788610419",
      "user_id" : "2181501028",
      "created_at" : "Fri May 16 20:38:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923436191012608032",
      "user_id" : "2181501028",
      "created_at" : "Fri May 16 17:51:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923400119503819267",
      "user_id" : "2181501028",
      "created_at" : "Fri May 16 15:28:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923350738979906649",
      "user_id" : "2181501028",
      "created_at" : "Fri May 16 12:12:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923041070204965547",
      "user_id" : "2181501028",
      "created_at" : "Thu May 15 15:41:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923033700104382062",
      "user_id" : "2181501028",
      "created_at" : "Thu May 15 15:12:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1923001956630285354",
      "user_id" : "2181501028",
      "created_at" : "Thu May 15 13:06:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922992196292718803",
      "user_id" : "2181501028",
      "created_at" : "Thu May 15 12:27:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922987366945449830",
      "user_id" : "2181501028",
      "created_at" : "Thu May 15 12:08:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922401408238580198",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 21:19:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922392273948187881",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 20:43:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922385883125382073",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 20:18:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922331269224777143",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 16:41:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922302854002737334",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 14:48:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922263260330389076",
      "user_id" : "2181501028",
      "created_at" : "Tue May 13 12:10:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1922029817651252192",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 20:43:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921955297379825115",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 15:47:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921938838087835980",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 14:41:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921937861700481125",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 14:37:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921934740292721839",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 14:25:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921931186110580310",
      "user_id" : "2181501028",
      "created_at" : "Mon May 12 14:11:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921620905360192390",
      "user_id" : "2181501028",
      "created_at" : "Sun May 11 17:38:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921303105659020627",
      "user_id" : "2181501028",
      "created_at" : "Sat May 10 20:35:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1921013138333976587",
      "user_id" : "2181501028",
      "created_at" : "Sat May 10 01:23:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920945328519035346",
      "user_id" : "2181501028",
      "created_at" : "Fri May 09 20:53:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920645478740048228",
      "user_id" : "2181501028",
      "created_at" : "Fri May 09 01:02:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920499025464803623",
      "user_id" : "2181501028",
      "created_at" : "Thu May 08 15:20:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920443550389411517",
      "user_id" : "2181501028",
      "created_at" : "Thu May 08 11:39:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920288390097810038",
      "user_id" : "2181501028",
      "created_at" : "Thu May 08 01:23:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920235979763002305",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 21:55:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920229002571172868",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 21:27:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920214882497593731",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 20:31:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920205986871159473",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 19:55:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920162542112387235",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 17:03:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920153420946290124",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 16:27:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920109241028729618",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 13:31:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1920095178516757117",
      "user_id" : "2181501028",
      "created_at" : "Wed May 07 12:35:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1919827809040661922",
      "user_id" : "2181501028",
      "created_at" : "Tue May 06 18:53:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1919475312975259442",
      "user_id" : "2181501028",
      "created_at" : "Mon May 05 19:32:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1919473440137061322",
      "user_id" : "2181501028",
      "created_at" : "Mon May 05 19:25:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918806208935347463",
      "user_id" : "2181501028",
      "created_at" : "Sat May 03 23:13:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918688565328689092",
      "user_id" : "2181501028",
      "created_at" : "Sat May 03 15:26:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918438417362867394",
      "user_id" : "2181501028",
      "created_at" : "Fri May 02 22:52:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918409890746646904",
      "user_id" : "2181501028",
      "created_at" : "Fri May 02 20:58:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918282188529907989",
      "user_id" : "2181501028",
      "created_at" : "Fri May 02 12:31:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918275731894708579",
      "user_id" : "2181501028",
      "created_at" : "Fri May 02 12:05:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1918028242819917164",
      "user_id" : "2181501028",
      "created_at" : "Thu May 01 19:42:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1917608245731142686",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 30 15:53:27 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1917300701421274318",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 29 19:31:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1917054253834038308",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 29 03:12:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916971072368736829",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 21:41:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916920576080669747",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 18:20:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916899110183809771",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 16:55:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916898268119694248",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 16:52:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916867911814948345",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 14:51:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916863429614740892",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 14:33:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916837475907145474",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 12:50:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916837048608409731",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 28 12:49:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1916325001419285213",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 27 02:54:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915893038754257343",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 25 22:17:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915854117106938323",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 25 19:43:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915816042078995940",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 25 17:11:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915453557918299778",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 24 17:11:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915384999725217587",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 24 12:39:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915374251405079797",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 24 11:56:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915372526651766290",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 24 11:49:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915106068677568082",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 23 18:10:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915105817223487197",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 23 18:09:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915105288743566504",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 23 18:07:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915060688213357456",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 23 15:10:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1915042915415723801",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 23 13:59:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914781212499573634",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 20:39:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914770501128155383",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 19:57:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914752274453542019",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 18:44:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914749598833660174",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 18:34:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914703474768474319",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 15:30:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914682106243443687",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 14:06:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914671006550651855",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 13:21:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914511062816233954",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 22 02:46:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914368045646690228",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 21 17:18:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914364464905727423",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 21 17:03:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914309037455861152",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 21 13:23:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1914284449759414517",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 21 11:45:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913941283253246756",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 20 13:02:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913769499901996571",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 20 01:39:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913378316231308216",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 23:45:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913300848277344499",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 18:37:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913299968826696723",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 18:33:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913299613113394974",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 18:32:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913298609027110960",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 18:28:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913276498885548867",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 17:00:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1913269599574209996",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 18 16:33:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912967194106166625",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 17 20:31:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912881816528469633",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 17 14:52:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912845131671899260",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 17 12:26:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912836137920468006",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 17 11:50:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912833003820725277",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 17 11:38:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912596625279972660",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 16 19:59:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912539587053811208",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 16 16:12:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1912175293251605832",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 15 16:04:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911920389436352463",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 14 23:11:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911867342326973838",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 14 19:41:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911751929955339855",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 14 12:02:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911407376114540742",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 13 13:13:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911220457212968808",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 13 00:50:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911180542733681409",
      "user_id" : "2181501028",
      "created_at" : "Sat Apr 12 22:12:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1911055951373192215",
      "user_id" : "2181501028",
      "created_at" : "Sat Apr 12 13:56:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910780309930829923",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 19:41:41 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910770903818905219",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 19:04:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910762052985216250",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 18:29:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910759730779622181",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 18:19:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910723935881071962",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 15:57:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910720472493983747",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 15:43:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910701678305424146",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 14:29:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910694409698321006",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 14:00:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910525583179749558",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 02:49:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910524771065228230",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 11 02:46:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910479110655692734",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 23:44:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910432841222597872",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 20:40:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910427557542568490",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 20:19:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910426795029280024",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 20:16:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910364318093866047",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 16:08:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910349212046090018",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 10 15:08:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1910017410165494368",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 09 17:10:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909938572893348282",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 09 11:56:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909808532190294898",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 09 03:20:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909800827394799055",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 09 02:49:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909653506462769684",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 08 17:04:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909645748545835233",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 08 16:33:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909605622862679260",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 08 13:53:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909587829574988056",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 08 12:43:11 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909425997097292715",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 08 02:00:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909388818796440242",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 23:32:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909377858459116657",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 22:48:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909308425953827768",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 18:12:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909250797118466367",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 14:23:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909231832806158391",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 13:08:35 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909213351687844128",
      "user_id" : "2181501028",
      "created_at" : "Mon Apr 07 11:55:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1909030455042473892",
      "user_id" : "2181501028",
      "created_at" : "Sun Apr 06 23:48:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908262394649085977",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 20:56:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908224770839347395",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 18:26:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908183934173129776",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 15:44:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908173196522021245",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 15:01:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908159648938580516",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 14:08:06 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908156243117264504",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 13:54:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908155031833900919",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 13:49:46 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908154500388879024",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 13:47:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908153893886489504",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 13:45:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1908124385568860883",
      "user_id" : "2181501028",
      "created_at" : "Fri Apr 04 11:47:59 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907893293629307233",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 03 20:29:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907860183155250620",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 03 18:18:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907786173516848382",
      "user_id" : "2181501028",
      "created_at" : "Thu Apr 03 13:24:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907522521325942517",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 19:56:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907434529183655156",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 14:06:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907433790598389683",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 14:03:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907421818549500588",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 13:16:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907421744455534145",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 13:15:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907412890986186826",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 12:40:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907391145793661968",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 11:14:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907240676029561265",
      "user_id" : "2181501028",
      "created_at" : "Wed Apr 02 01:16:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907186466706993813",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 01 21:41:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907121154446022169",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 01 17:21:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907063350740641372",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 01 13:31:48 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907062346324263407",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 01 13:27:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907060891696939183",
      "user_id" : "2181501028",
      "created_at" : "Tue Apr 01 13:22:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906798253531688043",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 19:58:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906771377073954386",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 18:11:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906713170623333770",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 14:20:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906693618180139782",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 13:02:37 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906536771486897047",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 02:39:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906520755388231179",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 31 01:35:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906492141186020063",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 30 23:42:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1906383434614707575",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 30 16:30:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1905807626560063657",
      "user_id" : "2181501028",
      "created_at" : "Sat Mar 29 02:22:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1905618213565151399",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 28 13:49:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1905377325137396134",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 27 21:52:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1905060796298236393",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 27 00:54:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904951559574952827",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 26 17:40:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904950268673953994",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 26 17:35:10 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904931064939659849",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 26 16:18:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904863630624627927",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 26 11:50:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904618369425991285",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 25 19:36:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904360169023934561",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 25 02:30:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904301155147745240",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 24 22:35:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904238458746463734",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 24 18:26:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904234918711923046",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 24 18:12:38 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1904192575672527210",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 24 15:24:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903999389511670593",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 24 02:36:43 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903621415704609012",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 23 01:34:47 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903427376441852411",
      "user_id" : "2181501028",
      "created_at" : "Sat Mar 22 12:43:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903261151700848268",
      "user_id" : "2181501028",
      "created_at" : "Sat Mar 22 01:43:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903105390951814128",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 21 15:24:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1903076790800796533",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 21 13:30:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902909444272598303",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 21 02:25:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902707298891222794",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 20 13:02:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902475547472154028",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 19 21:41:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902473369053152920",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 19 21:32:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902470208364522484",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 19 21:20:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902340295837439582",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 19 12:44:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902192740110365720",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 19 02:57:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902029288511628382",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 16:08:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902000387113616538",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 14:13:24 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901985711869956863",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 13:15:05 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901985031949278455",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 13:12:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901958412292036412",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 11:26:36 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901875402184723936",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 05:56:45 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901830182872594167",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 02:57:04 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901790544253211294",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 18 00:19:33 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901635492411197597",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 17 14:03:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901463809063384910",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 17 02:41:14 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901389765890653844",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 16 21:47:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901268952210368752",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 16 13:46:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1901235507249556677",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 16 11:34:02 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900872590990573757",
      "user_id" : "2181501028",
      "created_at" : "Sat Mar 15 11:31:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900594352484525077",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 17:06:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900571506423690789",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 15:35:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900552380478956093",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 14:19:32 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900534440387342173",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 13:08:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900523183205639561",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 12:23:31 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900515122475133420",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 14 11:51:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900283800521491040",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 13 20:32:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900194008464194124",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 13 14:35:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1900147611061153505",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 13 11:31:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899880038565778755",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 17:47:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899840740443745350",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 15:11:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899826032873575323",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 14:13:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899821459798982681",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 13:55:07 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899811692844869512",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 13:16:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899796256368681945",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 12:14:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899657842889761476",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 12 03:04:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899609390069944458",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 23:52:26 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899607501664640165",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 23:44:56 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899603305786067984",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 23:28:15 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899583479767218470",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 22:09:28 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899583075933743118",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 22:07:52 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899582592825541407",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 22:05:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899505280172806177",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 11 16:58:44 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899210121097028196",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 10 21:25:53 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899193137389444356",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 10 20:18:23 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899133775426969507",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 10 16:22:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1899082083696478044",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 10 12:57:06 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898928669771106161",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 10 02:47:29 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898720842233637257",
      "user_id" : "2181501028",
      "created_at" : "Sun Mar 09 13:01:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898519691955151647",
      "user_id" : "2181501028",
      "created_at" : "Sat Mar 08 23:42:22 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898137156915906859",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 07 22:22:18 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1898043298135047072",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 07 16:09:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897857980074409521",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 07 03:52:57 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897809990726844933",
      "user_id" : "2181501028",
      "created_at" : "Fri Mar 07 00:42:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897782291888704547",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 06 22:52:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897646592448614385",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 06 13:52:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897499138429936380",
      "user_id" : "2181501028",
      "created_at" : "Thu Mar 06 04:07:03 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897409537211800756",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 22:11:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897400583943569215",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 21:35:25 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897400199901913696",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 21:33:54 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897312226368328368",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 15:44:19 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897311193598890377",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 15:40:13 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897310387309738901",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 15:37:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897283168787327378",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 13:48:51 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897269507532419941",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 12:54:34 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897116640504874992",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 02:47:08 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897097690343789091",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 01:31:50 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897096452982547074",
      "user_id" : "2181501028",
      "created_at" : "Wed Mar 05 01:26:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1897012755649422683",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 04 19:54:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896933483289471839",
      "user_id" : "2181501028",
      "created_at" : "Tue Mar 04 14:39:20 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896711931492191279",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 03 23:58:58 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896680304876706722",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 03 21:53:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896583507532993383",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 03 15:28:39 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896581285410303159",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 03 15:19:49 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1896556397976408139",
      "user_id" : "2181501028",
      "created_at" : "Mon Mar 03 13:40:56 +0000 2025"
    }
  }
]