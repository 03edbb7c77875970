window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Social Media Manager at @RivertonTransit. Views my own.",
        "website" : "https://www.rrta.example",
        "location" : "Riverton"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/2181501028/avatar.jpg"
    }
  }
]