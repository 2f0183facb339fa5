import {
  Car,
  CircleDot,
  Gift,
  Globe,
  Headset,
  Mail,
  MapPin,
  Megaphone,
  MessageCircle,
  MessageSquare,
  Newspaper,
  Phone,
  Radio,
  Signpost,
  Smartphone,
  Star,
  Store,
  Ticket,
  Tv,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { ChannelIcon } from '../domain/types';

const ICONS: Record<ChannelIcon, LucideIcon> = {
  globe: Globe,
  mail: Mail,
  messageSquare: MessageSquare,
  phone: Phone,
  messageCircle: MessageCircle,
  users: Users,
  signpost: Signpost,
  star: Star,
  store: Store,
  headset: Headset,
  smartphone: Smartphone,
  circleDot: CircleDot,
  radio: Radio,
  tv: Tv,
  newspaper: Newspaper,
  gift: Gift,
  mapPin: MapPin,
  car: Car,
  ticket: Ticket,
  megaphone: Megaphone,
};

/** A channel's icon; decorative, since the channel's name is always written next to it. */
export function ChannelIconView({ icon, size = 12 }: { icon: ChannelIcon; size?: number }) {
  const Icon = ICONS[icon];
  return <Icon size={size} aria-hidden="true" strokeWidth={2} />;
}
