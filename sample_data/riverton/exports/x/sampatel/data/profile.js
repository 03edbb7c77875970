window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Data Analyst at @RivertonTransit. Views my own.",
        "website" : "https://www.rrta.example",
        "location" : "Riverton"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/8025564529926461440/avatar.jpg"
    }
  }
]