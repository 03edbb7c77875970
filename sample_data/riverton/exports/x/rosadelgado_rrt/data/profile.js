window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Communications Specialist at @RivertonTransit. Views my own.",
        "website" : "https://www.rrta.example",
        "location" : "Riverton"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/6052554746733953024/avatar.jpg"
    }
  }
]