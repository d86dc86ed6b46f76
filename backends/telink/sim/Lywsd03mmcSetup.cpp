#include "telink/sim/Lywsd03mmcSetup.h"

namespace fw::telink::sim {

QString personalityToken(TelinkPersonality personality)
{
    switch (personality) {
    case TelinkPersonality::Stock: return QStringLiteral("stock");
    case TelinkPersonality::Atc1441: return QStringLiteral("atc1441");
    case TelinkPersonality::Pvvx: return QStringLiteral("pvvx");
    case TelinkPersonality::ZigbeeHybrid: return QStringLiteral("zigbee-hybrid");
    case TelinkPersonality::Zigbee: return QStringLiteral("zigbee");
    case TelinkPersonality::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool personalityHasBle(TelinkPersonality personality)
{
    return personality != TelinkPersonality::Zigbee && personality != TelinkPersonality::Unknown;
}

}  // namespace fw::telink::sim
